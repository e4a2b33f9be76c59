using System.IO.Compression;
using System.Text;
using Watchdog.Collect.Sitemaps;

namespace Watchdog.Collect.Tests.Sitemaps;

public sealed class SitemapParserTests
{
    private const string UrlSet = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>https://news.example/a</loc><lastmod>2025-06-03T10:00:00+05:00</lastmod></url>
          <url><loc>https://news.example/b</loc></url>
          <url><loc>javascript:alert(1)</loc></url>
        </urlset>
        """;

    private static readonly Uri Base = new("https://news.example/sitemap.xml");

    [Fact]
    public void UrlSetListsPagesWithLastmod()
    {
        var sitemap = SitemapParser.Parse(UrlSet, Base);
        Assert.Equal(SitemapKind.UrlSet, sitemap.Kind);
        Assert.Equal(["https://news.example/a", "https://news.example/b"], sitemap.Entries.Select(e => e.Location.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 5, 0, 0, TimeSpan.Zero), sitemap.Entries[0].LastModified);
    }

    [Fact]
    public void NonHttpLocIsSkippedWithAProblem()
    {
        var problem = Assert.Single(SitemapParser.Parse(UrlSet, Base).Problems);
        Assert.Contains("javascript:alert(1)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void SitemapIndexListsSitemaps()
    {
        const string index = """<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/s1.xml.gz</loc><lastmod>2025-01-01</lastmod></sitemap></sitemapindex>""";
        var sitemap = SitemapParser.Parse(index, Base);
        Assert.Equal(SitemapKind.Index, sitemap.Kind);
        Assert.Equal("https://news.example/s1.xml.gz", Assert.Single(sitemap.Entries).Location.AbsoluteUri);
    }

    [Fact]
    public void GzipBodyIsInflated()
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(Encoding.UTF8.GetBytes(UrlSet));
        var sitemap = SitemapParser.Parse(output.ToArray(), "application/x-gzip", Base);
        Assert.Equal(2, sitemap.Entries.Count);
    }

    [Fact]
    public void CorruptGzipIsAProblemNotACrash()
    {
        var sitemap = SitemapParser.Parse([0x1F, 0x8B, 1, 2, 3], null, Base);
        Assert.Equal(SitemapKind.Unknown, sitemap.Kind);
        Assert.Contains("gzip", Assert.Single(sitemap.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void NewsSitemapGivesTitleDateAndLanguage()
    {
        const string news = """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://news.example/kz/1</loc>
                <news:news><news:publication><news:name>Example</news:name><news:language>kk</news:language></news:publication>
                  <news:publication_date>2025-06-03T08:15:00Z</news:publication_date><news:title>Жаңалықтар &amp; оқиғалар</news:title></news:news>
              </url>
            </urlset>
            """;
        var entry = Assert.Single(SitemapParser.Parse(news, Base).Entries);
        Assert.Equal(new SitemapNews("Жаңалықтар & оқиғалар", new DateTimeOffset(2025, 6, 3, 8, 15, 0, TimeSpan.Zero), "kk"), entry.News);
    }

    [Fact]
    public void TruncatedXmlKeepsTheEntriesBeforeTheBreak()
    {
        var sitemap = SitemapParser.Parse(UrlSet[..UrlSet.IndexOf("<url><loc>https://news.example/b", StringComparison.Ordinal)] + "<url><lastmod>2025-", Base);
        Assert.Equal("https://news.example/a", Assert.Single(sitemap.Entries).Location.AbsoluteUri);
        Assert.Contains(sitemap.Problems, p => p.Contains("not well-formed", StringComparison.Ordinal));
    }

    [Fact]
    public void HtmlIsNotASitemap() =>
        Assert.Contains("<html>", Assert.Single(SitemapParser.Parse("<html><body/></html>", Base).Problems), StringComparison.Ordinal);

    [Fact]
    public void PlainTextSitemapListsUrls()
    {
        var sitemap = SitemapParser.Parse("https://news.example/a\nhttps://news.example/b\n", Base);
        Assert.Equal((SitemapKind.Text, 2), (sitemap.Kind, sitemap.Entries.Count));
    }
}
