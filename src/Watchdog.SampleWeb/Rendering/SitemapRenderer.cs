using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Watchdog.SampleWeb.Content;
using Watchdog.SampleWeb.Serving;

namespace Watchdog.SampleWeb.Rendering;

/// <summary>Writes a site's sitemap(s): a plain urlset, a Google News sitemap, or an index over a gzip child and a plain one.</summary>
public static class SitemapRenderer
{
    public const string RootPath = "/sitemap.xml";
    public const string GzipArticlesPath = "/sitemaps/articles.xml.gz";
    public const string SectionsPath = "/sitemaps/sections.xml";

    private const string XmlType = "application/xml; charset=utf-8";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    public static IEnumerable<(string Path, SampleResponse Response)> Render(SiteContext site)
    {
        var newest = site.NewestChange(Listings.Sitemap);
        switch (site.Manifest.SitemapStyle)
        {
            case SitemapStyle.Plain:
                yield return (RootPath, XmlResponse(ArticleUrlSet(site, withNews: false), newest));
                break;
            case SitemapStyle.News:
                yield return (RootPath, XmlResponse(ArticleUrlSet(site, withNews: true), newest));
                break;
            case SitemapStyle.IndexWithGzip:
                yield return (RootPath, XmlResponse(Index(site, newest), newest));
                yield return (GzipArticlesPath, new SampleResponse(200, "application/gzip", Gzip(FeedRenderer.Xml(ArticleUrlSet(site, withNews: false))), newest));
                yield return (SectionsPath, XmlResponse(SectionUrlSet(site), newest));
                break;
            default:
                throw new InvalidDataException($"Unknown sitemap style {site.Manifest.SitemapStyle}.");
        }
    }

    private static XDocument ArticleUrlSet(SiteContext site, bool withNews)
    {
        var urls = site.Listed(Listings.Sitemap).Select(a => new XElement(Sitemap + "url",
            new XElement(Sitemap + "loc", site.UrlOf(a)),
            new XElement(Sitemap + "lastmod", HeadMetadata.Iso(a.LastChangedAt)),
            withNews ? NewsElement(site, a) : null));
        var root = new XElement(Sitemap + "urlset", urls);
        if (withNews) root.Add(new XAttribute(XNamespace.Xmlns + "news", News));
        return new XDocument(root);
    }

    private static XElement NewsElement(SiteContext site, SampleArticle article) =>
        new(News + "news",
            new XElement(News + "publication", new XElement(News + "name", site.Manifest.Title), new XElement(News + "language", site.Manifest.Language)),
            new XElement(News + "publication_date", HeadMetadata.Iso(article.PublishedAt)),
            new XElement(News + "title", article.Title));

    private static XDocument SectionUrlSet(SiteContext site) =>
        new(new XElement(Sitemap + "urlset",
            new XElement(Sitemap + "url", new XElement(Sitemap + "loc", site.Base + "/")),
            new XElement(Sitemap + "url", new XElement(Sitemap + "loc", site.Absolute(site.Manifest.SectionPath)))));

    private static XDocument Index(SiteContext site, DateTimeOffset newest) =>
        new(new XElement(Sitemap + "sitemapindex",
            new[] { GzipArticlesPath, SectionsPath }.Select(path => new XElement(Sitemap + "sitemap",
                new XElement(Sitemap + "loc", site.Absolute(path)),
                new XElement(Sitemap + "lastmod", HeadMetadata.Iso(newest))))));

    private static SampleResponse XmlResponse(XDocument document, DateTimeOffset lastModified) =>
        new(200, XmlType, Encoding.UTF8.GetBytes(FeedRenderer.Xml(document)), lastModified);

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }
        return output.ToArray();
    }
}
