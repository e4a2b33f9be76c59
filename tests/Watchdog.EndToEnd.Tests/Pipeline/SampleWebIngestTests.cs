using Watchdog.Core.Search;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Pipeline.Scheduling;
using Watchdog.SampleWeb;

namespace Watchdog.EndToEnd.Tests.Pipeline;

/// <summary>The whole service against the bundled sample web on 127.0.0.1: sources polled, articles stored and searchable.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class SampleWebIngestTests : IAsyncLifetime
{
    private readonly SampleWebServer _web = new();
    private PipelineHarness _watchdog = null!;

    public async Task InitializeAsync()
    {
        await _web.StartAsync(CancellationToken.None);
        _watchdog = await PipelineHarness.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _watchdog.DisposeAsync();
        await _web.DisposeAsync();
    }

    [Fact]
    public async Task Feed_articles_are_searchable_within_one_poll_interval()
    {
        var interval = TimeSpan.FromSeconds(20);
        var started = DateTime.UtcNow;
        var source = (await _watchdog.AddSourceAsync(_web.Site(SampleSites.RussianNews).Url("/rss.xml"), SourceKind.Auto, interval)).Source;

        await _watchdog.WaitForIdleAsync(source.Id);
        var latest = await _watchdog.Service<IArticleStore>().LatestAsync(50, source.Id, CancellationToken.None);
        Assert.NotEmpty(latest);
        var article = latest[0];
        var word = System.Text.RegularExpressions.Regex.Matches(article.Title, @"\p{L}+").Select(m => m.Value).MaxBy(w => w.Length)!;
        var results = await _watchdog.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = word, PageSize = 100 }, CancellationToken.None);

        Assert.Contains(results.Hits, hit => hit.ArticleId == article.Id);
        Assert.True(DateTime.UtcNow - started < interval, $"articles took {DateTime.UtcNow - started} to become searchable");
    }

    [Fact]
    public async Task Feed_is_discovered_from_a_home_page_and_its_articles_stored()
    {
        var review = _web.Site(SampleSites.RegionalReview);
        var source = (await _watchdog.AddSourceAsync(review.BaseUri, SourceKind.Auto)).Source;

        await _watchdog.WaitForIdleAsync(source.Id);

        var stored = await _watchdog.Service<IArticleStore>().LatestAsync(50, source.Id, CancellationToken.None);
        Assert.NotEmpty(stored);
        var feedRequests = _web.RequestLog.ForSite(review.Name).Where(r => r.Path != "/" && r.Path != "/robots.txt" && !stored.Any(a => a.Url.AbsolutePath == r.Path));
        Assert.NotEmpty(feedRequests); // the advertised feed itself was fetched, not only the home page and articles
    }

    [Fact]
    public async Task Unchanged_second_poll_is_answered_with_304_and_stores_nothing_new()
    {
        var site = _web.Site(SampleSites.RussianNews);
        var source = (await _watchdog.AddSourceAsync(site.Url("/rss.xml"), SourceKind.Feed)).Source;
        await _watchdog.WaitForIdleAsync(source.Id);
        var articlesAfterFirstPoll = await _watchdog.Service<IArticleStore>().CountAsync(CancellationToken.None);
        var requestsAfterFirstPoll = _web.RequestLog.ForSite(site.Name).Count;

        await _watchdog.Service<SourceRegistry>().RefreshNowAsync(source.Id, CancellationToken.None);
        await PipelineHarness.WaitUntilAsync(() => Task.FromResult(_web.RequestLog.ForPath(site.Name, "/rss.xml").Count >= 2), "the feed is polled again");
        await _watchdog.WaitForIdleAsync(source.Id);

        var second = _web.RequestLog.ForPath(site.Name, "/rss.xml")[1];
        Assert.True(second.IsConditional);
        Assert.Equal(304, second.StatusCode);
        Assert.Equal(articlesAfterFirstPoll, await _watchdog.Service<IArticleStore>().CountAsync(CancellationToken.None));
        Assert.Equal(requestsAfterFirstPoll + 1, _web.RequestLog.ForSite(site.Name).Count); // only the feed, no article refetched
    }

    [Fact]
    public async Task Robots_disallowed_links_on_a_section_page_are_never_requested()
    {
        var blog = _web.Site(SampleSites.PressFreedomBlog);
        using (var client = new HttpClient())
        {
            var section = await client.GetStringAsync(blog.Url("/blog/"));
            Assert.Contains("/private/", section, StringComparison.Ordinal); // the page does tempt the crawler
        }
        var source = (await _watchdog.AddSourceAsync(blog.Url("/blog/"), SourceKind.Page)).Source;

        await _watchdog.WaitForIdleAsync(source.Id);

        Assert.NotEmpty(await _watchdog.Service<IArticleStore>().LatestAsync(50, source.Id, CancellationToken.None));
        Assert.DoesNotContain(_web.RequestLog.ForSite(blog.Name), r => r.Path.StartsWith("/private/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sitemap_index_source_stores_articles_from_its_child_sitemaps()
    {
        var site = _web.Site(SampleSites.KazakhNews);
        var source = (await _watchdog.AddSourceAsync(site.Url("/sitemap.xml"), SourceKind.Auto)).Source;

        await _watchdog.WaitForIdleAsync(source.Id);

        Assert.Equal(SourceKind.Sitemap, (await _watchdog.SourceAsync(source.Id))!.Kind);
        Assert.NotEmpty(await _watchdog.Service<IArticleStore>().LatestAsync(50, source.Id, CancellationToken.None));
    }
}
