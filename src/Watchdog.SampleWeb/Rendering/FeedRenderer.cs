using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Encodings.Web;
using System.Xml.Linq;
using Watchdog.SampleWeb.Content;

namespace Watchdog.SampleWeb.Rendering;

/// <summary>Writes a site's feed in the format its manifest names; each site uses a different one on purpose.</summary>
public static class FeedRenderer
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace ContentNs = "http://purl.org/rss/1.0/modules/content/";

    private static readonly JsonSerializerOptions JsonFeedOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(SiteContext site) => site.Manifest.FeedFormat switch
    {
        FeedFormat.Rss => Xml(Rss2(site)),
        FeedFormat.Atom => Xml(AtomFeed(site)),
        FeedFormat.Rdf => Xml(Rss1Rdf(site)),
        FeedFormat.JsonFeed => JsonFeed(site),
        _ => throw new InvalidDataException($"Unknown feed format {site.Manifest.FeedFormat}."),
    };

    private static XDocument Rss2(SiteContext site)
    {
        var items = site.Listed(Listings.Feed).Select(a => new XElement("item",
            new XElement("title", a.Title),
            new XElement("link", site.UrlOf(a)),
            new XElement("guid", new XAttribute("isPermaLink", "true"), site.UrlOf(a)),
            new XElement("pubDate", a.PublishedAt.ToString("r", CultureInfo.InvariantCulture)),
            new XElement(Dc + "creator", a.Author),
            a.Tags.Select(t => new XElement("category", t)),
            new XElement("description", a.Summary),
            new XElement(ContentNs + "encoded", BodyHtml(a))));
        return new XDocument(new XElement("rss", new XAttribute("version", "2.0"),
            new XAttribute(XNamespace.Xmlns + "dc", Dc), new XAttribute(XNamespace.Xmlns + "content", ContentNs),
            new XElement("channel",
                new XElement("title", site.Manifest.Title),
                new XElement("link", site.Base + "/"),
                new XElement("description", site.Manifest.Description),
                new XElement("language", site.Manifest.Language),
                new XElement("lastBuildDate", site.NewestChange(Listings.Feed).ToString("r", CultureInfo.InvariantCulture)),
                items)));
    }

    private static XDocument AtomFeed(SiteContext site)
    {
        var entries = site.Listed(Listings.Feed).Select(a => new XElement(Atom + "entry",
            new XElement(Atom + "id", TagUri(site, a)),
            new XElement(Atom + "title", a.Title),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", site.UrlOf(a))),
            new XElement(Atom + "published", HeadMetadata.Iso(a.PublishedAt)),
            new XElement(Atom + "updated", HeadMetadata.Iso(a.LastChangedAt)),
            new XElement(Atom + "author", new XElement(Atom + "name", a.Author)),
            a.Tags.Select(t => new XElement(Atom + "category", new XAttribute("term", t))),
            new XElement(Atom + "summary", a.Summary)));
        return new XDocument(new XElement(Atom + "feed", new XAttribute(XNamespace.Xml + "lang", site.Manifest.Language),
            new XElement(Atom + "id", site.Base + "/"),
            new XElement(Atom + "title", site.Manifest.Title),
            new XElement(Atom + "subtitle", site.Manifest.Description),
            new XElement(Atom + "updated", HeadMetadata.Iso(site.NewestChange(Listings.Feed))),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", site.Absolute(site.Manifest.FeedPath))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", site.Base + "/")),
            entries));
    }

    private static XDocument Rss1Rdf(SiteContext site)
    {
        var articles = site.Listed(Listings.Feed).ToList();
        var channel = new XElement(Rss1 + "channel", new XAttribute(Rdf + "about", site.Absolute(site.Manifest.FeedPath)),
            new XElement(Rss1 + "title", site.Manifest.Title),
            new XElement(Rss1 + "link", site.Base + "/"),
            new XElement(Rss1 + "description", site.Manifest.Description),
            new XElement(Dc + "language", site.Manifest.Language),
            new XElement(Rss1 + "items", new XElement(Rdf + "Seq",
                articles.Select(a => new XElement(Rdf + "li", new XAttribute(Rdf + "resource", site.UrlOf(a)))))));
        var items = articles.Select(a => new XElement(Rss1 + "item", new XAttribute(Rdf + "about", site.UrlOf(a)),
            new XElement(Rss1 + "title", a.Title),
            new XElement(Rss1 + "link", site.UrlOf(a)),
            new XElement(Rss1 + "description", a.Summary),
            new XElement(Dc + "creator", a.Author),
            new XElement(Dc + "date", HeadMetadata.Iso(a.PublishedAt)),
            a.Tags.Select(t => new XElement(Dc + "subject", t))));
        return new XDocument(new XElement(Rdf + "RDF",
            new XAttribute(XNamespace.Xmlns + "rdf", Rdf), new XAttribute(XNamespace.Xmlns + "dc", Dc), new XAttribute("xmlns", Rss1),
            channel, items));
    }

    private static string JsonFeed(SiteContext site)
    {
        var feed = new Dictionary<string, object>
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = site.Manifest.Title,
            ["home_page_url"] = site.Base + "/",
            ["feed_url"] = site.Absolute(site.Manifest.FeedPath),
            ["description"] = site.Manifest.Description,
            ["language"] = site.Manifest.Language,
            ["items"] = site.Listed(Listings.Feed).Select(a => new Dictionary<string, object>
            {
                ["id"] = site.UrlOf(a),
                ["url"] = site.UrlOf(a),
                ["title"] = a.Title,
                ["summary"] = a.Summary,
                ["content_html"] = BodyHtml(a),
                ["date_published"] = HeadMetadata.Iso(a.PublishedAt),
                ["date_modified"] = HeadMetadata.Iso(a.LastChangedAt),
                ["authors"] = new[] { new Dictionary<string, string> { ["name"] = a.Author } },
                ["tags"] = a.Tags,
            }).ToList(),
        };
        return JsonSerializer.Serialize(feed, JsonFeedOptions);
    }

    private static string BodyHtml(SampleArticle article) =>
        string.Concat(article.Paragraphs.Select(p => $"<p>{SiteContext.Html(p)}</p>"));

    private static string TagUri(SiteContext site, SampleArticle article) =>
        string.Create(CultureInfo.InvariantCulture, $"tag:{site.BaseUri.Host},{article.PublishedAt:yyyy-MM-dd}:{article.Slug}");

    /// <summary>Serialises with an XML declaration naming UTF-8, which is what the bytes will be.</summary>
    public static string Xml(XDocument document)
    {
        document.Declaration = new XDeclaration("1.0", "utf-8", null);
        var text = new StringBuilder();
        using (var writer = new Utf8StringWriter(text)) document.Save(writer);
        return text.ToString();
    }

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
