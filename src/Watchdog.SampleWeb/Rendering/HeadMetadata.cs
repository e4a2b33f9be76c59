using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Watchdog.SampleWeb.Content;

namespace Watchdog.SampleWeb.Rendering;

/// <summary>The &lt;head&gt; block of a page: canonical link, feed link, OpenGraph and JSON-LD, as the site's manifest asks.</summary>
public static class HeadMetadata
{
    // Readable Cyrillic in the page source, as most real sites have it; '<' is escaped by hand below.
    private static readonly JsonSerializerOptions JsonLdOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ForArticle(SiteContext site, SampleArticle article)
    {
        var url = site.UrlOf(article);
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"<link rel=\"canonical\" href=\"{url}\">\n");
        AppendFeedLink(head, site);
        head.Append(CultureInfo.InvariantCulture, $"<meta name=\"description\" content=\"{SiteContext.Html(article.Summary)}\">\n");
        head.Append(CultureInfo.InvariantCulture, $"<meta name=\"author\" content=\"{SiteContext.Html(article.Author)}\">\n");
        if (site.Manifest.OpenGraph)
        {
            AppendMeta(head, "og:type", "article");
            AppendMeta(head, "og:title", article.Title);
            AppendMeta(head, "og:description", article.Summary);
            AppendMeta(head, "og:url", url);
            AppendMeta(head, "og:site_name", site.Manifest.Title);
            AppendMeta(head, "og:locale", site.Culture.Name.Replace('-', '_'));
            AppendMeta(head, "article:published_time", Iso(article.PublishedAt));
            if (article.ModifiedAt is { } modified) AppendMeta(head, "article:modified_time", Iso(modified));
            foreach (var tag in article.Tags) AppendMeta(head, "article:tag", tag);
        }
        if (site.Manifest.JsonLd)
        {
            head.Append("<script type=\"application/ld+json\">").Append(JsonLd(site, article, url)).Append("</script>\n");
        }
        return head.ToString();
    }

    public static string ForIndex(SiteContext site, string path)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"<link rel=\"canonical\" href=\"{site.Absolute(path)}\">\n");
        AppendFeedLink(head, site);
        head.Append(CultureInfo.InvariantCulture, $"<meta name=\"description\" content=\"{SiteContext.Html(site.Manifest.Description)}\">\n");
        if (site.Manifest.OpenGraph)
        {
            AppendMeta(head, "og:type", "website");
            AppendMeta(head, "og:site_name", site.Manifest.Title);
            AppendMeta(head, "og:url", site.Absolute(path));
        }
        return head.ToString();
    }

    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void AppendFeedLink(StringBuilder head, SiteContext site) =>
        head.Append(CultureInfo.InvariantCulture,
            $"<link rel=\"alternate\" type=\"{FeedMediaTypes.Announced(site.Manifest.FeedFormat)}\" title=\"{SiteContext.Html(site.Manifest.Title)}\" href=\"{site.Absolute(site.Manifest.FeedPath)}\">\n");

    private static void AppendMeta(StringBuilder head, string property, string content) =>
        head.Append(CultureInfo.InvariantCulture, $"<meta property=\"{property}\" content=\"{SiteContext.Html(content)}\">\n");

    private static string JsonLd(SiteContext site, SampleArticle article, string url)
    {
        var document = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["description"] = article.Summary,
            ["inLanguage"] = article.Language ?? site.Manifest.Language,
            ["datePublished"] = Iso(article.PublishedAt),
            ["dateModified"] = Iso(article.LastChangedAt),
            ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = article.Author },
            ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = site.Manifest.Title },
            ["mainEntityOfPage"] = url,
            ["keywords"] = string.Join(", ", article.Tags),
        };
        // Escape '<' so text can never close the script element.
        return JsonSerializer.Serialize(document, JsonLdOptions).Replace("<", "\\u003c", StringComparison.Ordinal);
    }
}
