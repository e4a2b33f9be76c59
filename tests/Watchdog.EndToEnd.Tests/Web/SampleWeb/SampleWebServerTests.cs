using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Watchdog.Core.Sources;
using Watchdog.SampleWeb;

namespace Watchdog.EndToEnd.Tests.Web.SampleWeb;

public sealed class SampleWebServerTests(SampleWebFixture web) : IClassFixture<SampleWebFixture>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static TheoryData<string> Sites => new(SampleSites.All);

    static SampleWebServerTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [MemberData(nameof(Sites))]
    public async Task Every_site_listens_on_its_own_loopback_port(string site)
    {
        var uri = web.Site(site).BaseUri;

        Assert.Equal("127.0.0.1", uri.Host);
        Assert.Single(web.Server.Sites, s => s.BaseUri.Port == uri.Port);
        Assert.Equal(HttpStatusCode.OK, (await web.Client.GetAsync(uri)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public async Task Robots_txt_disallows_private_and_names_the_sites_sitemap(string site)
    {
        var robots = await web.Client.GetStringAsync(web.Site(site).Url("/robots.txt"));

        Assert.Contains("Disallow: /private/", robots, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {web.Site(site).Url("/sitemap.xml")}", robots, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public async Task Every_feed_item_links_to_a_page_the_site_serves_unless_robots_forbid_it(string site)
    {
        var links = await FeedLinksAsync(site);

        Assert.True(links.Count >= 5, $"{site} feed has {links.Count} items");
        foreach (var link in links.Where(l => !l.AbsolutePath.StartsWith("/private/", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.OK, (await web.Client.GetAsync(link)).StatusCode);
        }
    }

    [Fact]
    public async Task The_four_sites_use_four_different_feed_formats()
    {
        var roots = new List<string>();
        foreach (var site in SampleSites.All)
        {
            var feed = await FetchFeedAsync(site);
            roots.Add(feed.TrimStart().StartsWith('{') ? "json:" + JsonDocument.Parse(feed).RootElement.GetProperty("version").GetString() : XDocument.Parse(feed).Root!.Name.ToString());
        }

        Assert.Equal(
            ["rss", "{http://www.w3.org/2005/Atom}feed", "json:https://jsonfeed.org/version/1.1", "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF"],
            roots);
    }

    [Fact]
    public async Task Kazakh_sitemap_index_points_at_a_gzip_sitemap_listing_every_article()
    {
        var site = web.Site(SampleSites.KazakhNews);
        var index = XDocument.Parse(await web.Client.GetStringAsync(site.Url("/sitemap.xml")));
        var children = index.Descendants(Sitemap + "loc").Select(l => new Uri(l.Value)).ToList();
        var gzipped = children.Single(c => c.AbsolutePath.EndsWith(".gz", StringComparison.Ordinal));

        await using var stream = new GZipStream(await web.Client.GetStreamAsync(gzipped), CompressionMode.Decompress);
        var urlset = XDocument.Load(stream);
        var pages = urlset.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();

        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        Assert.Equal(web.Server.Paths(SampleSites.KazakhNews).Count(p => p.StartsWith("/kk/jangalyqtar/", StringComparison.Ordinal) && p.Length > "/kk/jangalyqtar/".Length), pages.Count);
    }

    [Fact]
    public async Task Russian_sitemap_carries_google_news_entries()
    {
        var sitemap = XDocument.Parse(await web.Client.GetStringAsync(web.Site(SampleSites.RussianNews).Url("/sitemap.xml")));
        XNamespace news = "http://www.google.com/schemas/sitemap-news/0.9";

        Assert.NotEmpty(sitemap.Descendants(news + "publication_date"));
        Assert.All(sitemap.Descendants(news + "language"), l => Assert.Equal("ru", l.Value));
    }

    [Fact]
    public async Task A_windows_1251_page_says_so_in_the_header_and_decodes_only_as_1251()
    {
        var response = await web.Client.GetAsync(web.Site(SampleSites.RussianNews).Url("/news/2026/11/zhiteli-trebuyut-sohranit-skver.html"));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("windows-1251", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("Жители Алматы требуют сохранить сквер", Encoding.GetEncoding(1251).GetString(bytes), StringComparison.Ordinal);
        Assert.DoesNotContain("Алматы", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_windows_1251_page_can_declare_its_charset_only_in_meta()
    {
        var response = await web.Client.GetAsync(web.Site(SampleSites.RussianNews).Url("/news/2026/11/prokuratura-proverit-zakupki.html"));
        var text = Encoding.GetEncoding(1251).GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Null(response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("<meta charset=\"windows-1251\">", text, StringComparison.Ordinal);
        Assert.Contains("школьного питания", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_pages_carry_json_ld_that_matches_the_visible_headline()
    {
        var html = await web.Client.GetStringAsync(web.Site(SampleSites.PressFreedomBlog).Url("/blog/2026/court-rules-for-newspaper-in-defamation-case/"));
        var json = html[(html.IndexOf("application/ld+json\">", StringComparison.Ordinal) + "application/ld+json\">".Length)..];
        json = json[..json.IndexOf("</script>", StringComparison.Ordinal)];
        var data = JsonDocument.Parse(json).RootElement;

        Assert.Equal("NewsArticle", data.GetProperty("@type").GetString());
        Assert.Contains($"<h1 class=\"entry-title\">{data.GetProperty("headline").GetString()}</h1>", html, StringComparison.Ordinal);
        Assert.Equal("Helen Marsh", data.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Home_page_of_the_mixed_site_announces_its_feed_for_discovery()
    {
        var site = web.Site(SampleSites.RegionalReview);
        var html = await web.Client.GetStringAsync(site.BaseUri);

        Assert.Contains($"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Steppe Review\" href=\"{site.Url("/index.rdf")}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robots_disallowed_pages_are_linked_from_a_feed_and_a_section_page()
    {
        var ruFeedLinks = await FeedLinksAsync(SampleSites.RussianNews);
        var section = await web.Client.GetStringAsync(web.Site(SampleSites.PressFreedomBlog).Url("/blog/"));

        Assert.Contains(ruFeedLinks, l => l.AbsolutePath.StartsWith("/private/", StringComparison.Ordinal));
        Assert.Contains("href=\"/private/board-minutes.html\"", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_paths_get_the_sites_404_page()
    {
        var response = await web.Client.GetAsync(web.Site(SampleSites.KazakhNews).Url("/no/such/page"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("бет табылмады", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_are_gzip_compressed_when_the_client_accepts_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, web.Site(SampleSites.RussianNews).Url("/rss.xml"));
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await web.Client.SendAsync(request);
        await using var body = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("rss", XDocument.Load(body).Root!.Name.LocalName);
    }

    [Fact]
    public void Demo_sources_cover_a_feed_a_sitemap_a_section_page_and_a_home_page_for_discovery()
    {
        var kinds = web.Server.DemoSources.Select(s => s.Kind).ToList();

        Assert.Contains(SourceKind.Feed, kinds);
        Assert.Contains(SourceKind.Sitemap, kinds);
        Assert.Contains(SourceKind.Page, kinds);
        Assert.Contains(web.Server.DemoSources, s => s.Kind == SourceKind.Auto && s.Url.AbsolutePath == "/");
        Assert.All(web.Server.DemoSources, s => Assert.Equal("127.0.0.1", s.Url.Host));
    }

    private async Task<string> FetchFeedAsync(string site)
    {
        var feedPath = site switch
        {
            SampleSites.RussianNews => "/rss.xml",
            SampleSites.KazakhNews => "/atom.xml",
            SampleSites.PressFreedomBlog => "/feed.json",
            _ => "/index.rdf",
        };
        return await web.Client.GetStringAsync(web.Site(site).Url(feedPath));
    }

    private async Task<List<Uri>> FeedLinksAsync(string site)
    {
        var feed = await FetchFeedAsync(site);
        if (feed.TrimStart().StartsWith('{'))
        {
            return JsonDocument.Parse(feed).RootElement.GetProperty("items").EnumerateArray().Select(i => new Uri(i.GetProperty("url").GetString()!)).ToList();
        }
        var xml = XDocument.Parse(feed);
        var links = xml.Descendants().Where(e => e.Name.LocalName == "link" && e.Parent?.Name.LocalName is "item" or "entry")
            .Select(e => e.Attribute("href")?.Value ?? e.Value);
        return links.Select(l => new Uri(l)).ToList();
    }
}
