using System.Collections.Frozen;
using System.Text;
using Watchdog.SampleWeb.Content;
using Watchdog.SampleWeb.Rendering;

namespace Watchdog.SampleWeb.Serving;

/// <summary>Every response of one site, rendered up front. Immutable: publishing an article builds a new snapshot.</summary>
public sealed class SiteSnapshot
{
    private const string HtmlType = "text/html";

    private readonly FrozenDictionary<string, SampleResponse> _responses;

    private SiteSnapshot(FrozenDictionary<string, SampleResponse> responses, SampleResponse notFound)
    {
        _responses = responses;
        NotFound = notFound;
    }

    public SampleResponse NotFound { get; }

    public IEnumerable<string> Paths => _responses.Keys;

    public SampleResponse? Find(string path) => _responses.GetValueOrDefault(path);

    public static SiteSnapshot Build(SiteContext site)
    {
        var responses = new Dictionary<string, SampleResponse>(StringComparer.Ordinal);
        var manifest = site.Manifest;

        foreach (var article in site.Content.Articles)
        {
            responses[site.PathOf(article)] = ArticleResponse(site, article);
        }
        responses["/"] = Utf8Html(PageRenderer.Index(site, "/", manifest.Title, Listings.Home), site.NewestChange(Listings.Home));
        responses[manifest.SectionPath] = Utf8Html(PageRenderer.Index(site, manifest.SectionPath, manifest.SectionTitle, Listings.Section), site.NewestChange(Listings.Section));
        responses[manifest.FeedPath] = new SampleResponse(200, FeedMediaTypes.Served(manifest.FeedFormat),
            Encoding.UTF8.GetBytes(FeedRenderer.Render(site)), site.NewestChange(Listings.Feed));
        foreach (var (path, response) in SitemapRenderer.Render(site)) responses[path] = response;
        foreach (var (path, text) in site.Content.StaticFiles)
        {
            var body = Encoding.UTF8.GetBytes(Template.Fill(text, site.CommonValues()));
            responses[path] = new SampleResponse(200, StaticContentType(path), body, manifest.StaticFilesModifiedAt);
        }

        var notFound = new SampleResponse(404, HtmlType + "; charset=utf-8", Encoding.UTF8.GetBytes(PageRenderer.NotFound(site)), manifest.StaticFilesModifiedAt);
        return new SiteSnapshot(responses.ToFrozenDictionary(StringComparer.Ordinal), notFound);
    }

    private static SampleResponse ArticleResponse(SiteContext site, SampleArticle article)
    {
        // Throwing on an unmappable character catches bundled text that the page's legacy encoding cannot carry.
        var encoding = Encoding.GetEncoding(article.Encoding, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var contentType = article.CharsetDeclaredIn == CharsetDeclaration.MetaOnly ? HtmlType : $"{HtmlType}; charset={article.Encoding}";
        var html = PageRenderer.Article(site, article);
        if (article.CharsetDeclaredIn == CharsetDeclaration.HeaderOnly)
        {
            html = html.Replace($"<meta charset=\"{article.Encoding}\">", "", StringComparison.Ordinal);
        }
        return new SampleResponse(200, contentType, encoding.GetBytes(html), article.LastChangedAt);
    }

    private static SampleResponse Utf8Html(string html, DateTimeOffset lastModified) =>
        new(200, HtmlType + "; charset=utf-8", Encoding.UTF8.GetBytes(html), lastModified);

    private static string StaticContentType(string path) => Path.GetExtension(path) switch
    {
        ".txt" => "text/plain; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        _ => HtmlType + "; charset=utf-8",
    };
}
