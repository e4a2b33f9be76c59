using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Web.Analyst;

/// <summary>
/// The web app with the sample corpus and loopback fetching on, beside a local site whose feed, section page and
/// sitemap a source preview reads (nothing of it is stored, so the corpus stays as the other tests expect).
/// </summary>
public sealed class AnalystWebAppFixture : WebAppFixture
{
    public const string FeedTitle = "Semey evening news";
    public static readonly string[] FeedItemTitles = ["Irtysh ferry resumes service", "New bridge lights over the Irtysh"];

    public TestWebServer Site { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Watchdog:Fetcher:AllowLoopback"] = "true",
        ["Watchdog:Fetcher:PerHostDelay"] = "0s",
    };

    public override async Task InitializeAsync()
    {
        Site = await TestWebServer.StartAsync();
        Site.Map("/feed.xml", TestResponse.Text(Rss(Site.BaseUri), "application/rss+xml; charset=utf-8"))
            .Map("/news/", TestResponse.Text(SectionPage(Site.BaseUri)))
            .Map("/robots.txt", TestResponse.StatusOnly(404));
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Site.DisposeAsync();
    }

    private static string Rss(Uri site) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>{FeedTitle}</title><link>{site}</link>
        <item><title>{FeedItemTitles[0]}</title><link>{site}news/ferry</link><author>desk@semey.example (Aigerim S.)</author>
          <pubDate>Mon, 07 Dec 2026 08:00:00 GMT</pubDate><description>&lt;p&gt;The ferry across the &lt;b&gt;Irtysh&lt;/b&gt; runs again.&lt;/p&gt;</description></item>
        <item><title>{FeedItemTitles[1]}</title><link>{site}news/lights</link><pubDate>Sun, 06 Dec 2026 18:00:00 GMT</pubDate>
          <description>Lights were switched on.</description></item>
        </channel></rss>
        """;

    // A section page that advertises its feed: added as auto, it is read through the feed.
    private static string SectionPage(Uri site) => $"""
        <!DOCTYPE html><html><head><title>News</title>
        <link rel="alternate" type="application/rss+xml" title="{FeedTitle}" href="{site}feed.xml"></head>
        <body><a href="{site}news/ferry">Ferry</a></body></html>
        """;
}
