using System.Text;
using Watchdog.SampleWeb.Content;

namespace Watchdog.SampleWeb.Rendering;

/// <summary>Renders a site's HTML pages from its templates: articles, the home and section pages, and the 404 page.</summary>
public static class PageRenderer
{
    /// <summary>How many other articles an article page links to under "related".</summary>
    private const int RelatedLinks = 3;

    public static string Article(SiteContext site, SampleArticle article)
    {
        var values = site.CommonValues();
        values["lang"] = article.Language ?? site.Manifest.Language;
        values["title"] = SiteContext.Html(article.Title);
        values["head"] = HeadMetadata.ForArticle(site, article);
        values["charset"] = article.Encoding;
        values["author"] = SiteContext.Html(article.Author);
        values["published_iso"] = HeadMetadata.Iso(article.PublishedAt);
        values["published_display"] = site.DisplayDate(article.PublishedAt);
        values["summary"] = SiteContext.Html(article.Summary);
        values["url"] = site.UrlOf(article);
        values["body"] = string.Concat(article.Paragraphs.Select(p => $"<p>{SiteContext.Html(p)}</p>\n"));
        values["tags"] = string.Concat(article.Tags.Select(t => $"<li><a href=\"{site.Manifest.SectionPath}?tag={Uri.EscapeDataString(t)}\">{SiteContext.Html(t)}</a></li>"));
        values["related"] = ListItems(site, site.Listed(Listings.Section).Where(a => a.Slug != article.Slug).Take(RelatedLinks));
        return Template.Fill(site.Content.Template("article.html"), values);
    }

    public static string Index(SiteContext site, string path, string title, Listings listing)
    {
        var values = site.CommonValues();
        values["title"] = SiteContext.Html(title);
        values["head"] = HeadMetadata.ForIndex(site, path);
        values["items"] = ListItems(site, site.Listed(listing));
        return Template.Fill(site.Content.Template("index.html"), values);
    }

    public static string NotFound(SiteContext site) => Template.Fill(site.Content.Template("404.html"), site.CommonValues());

    private static string ListItems(SiteContext site, IEnumerable<SampleArticle> articles)
    {
        var itemTemplate = site.Content.Template("list-item.html");
        var items = new StringBuilder();
        foreach (var article in articles)
        {
            var values = site.CommonValues();
            values["url"] = site.UrlOf(article);
            values["title"] = SiteContext.Html(article.Title);
            values["summary"] = SiteContext.Html(article.Summary);
            values["author"] = SiteContext.Html(article.Author);
            values["published_iso"] = HeadMetadata.Iso(article.PublishedAt);
            values["published_display"] = site.DisplayDate(article.PublishedAt);
            items.Append(Template.Fill(itemTemplate, values));
        }
        return items.ToString();
    }
}
