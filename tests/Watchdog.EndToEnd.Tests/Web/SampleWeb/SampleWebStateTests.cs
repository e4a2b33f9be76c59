using System.Net;
using System.Net.Http.Headers;
using Watchdog.SampleWeb;
using Watchdog.SampleWeb.Content;

namespace Watchdog.EndToEnd.Tests.Web.SampleWeb;

/// <summary>Validators, the request log and publishing: tests that look at or change the server's state, each on its own server.</summary>
public sealed class SampleWebStateTests : IAsyncLifetime
{
    private readonly SampleWebFixture _web = new();

    public Task InitializeAsync() => _web.InitializeAsync();

    public Task DisposeAsync() => _web.DisposeAsync();

    [Fact]
    public async Task A_repeated_request_with_the_etag_gets_304_without_a_body()
    {
        var feed = _web.Site(SampleSites.KazakhNews).Url("/atom.xml");
        var first = await _web.Client.GetAsync(feed);

        using var again = new HttpRequestMessage(HttpMethod.Get, feed);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await _web.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task A_repeated_request_with_last_modified_gets_304()
    {
        var page = _web.Site(SampleSites.PressFreedomBlog).Url("/blog/2026/reporter-detained-after-covering-protest/");
        var first = await _web.Client.GetAsync(page);

        using var again = new HttpRequestMessage(HttpMethod.Get, page);
        again.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        var second = await _web.Client.SendAsync(again);

        Assert.Equal(new DateTimeOffset(2026, 11, 18, 19, 25, 0, TimeSpan.Zero), first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Validators_stay_the_same_while_the_content_does()
    {
        var page = _web.Site(SampleSites.RussianNews).Url("/news/");

        var first = await _web.Client.GetAsync(page);
        var second = await _web.Client.GetAsync(page);

        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Content.Headers.LastModified, second.Content.Headers.LastModified);
    }

    [Fact]
    public async Task The_request_log_records_site_path_status_and_conditional_headers()
    {
        var site = _web.Site(SampleSites.RegionalReview);
        using var request = new HttpRequestMessage(HttpMethod.Get, site.Url("/index.rdf"));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        request.Headers.UserAgent.ParseAdd("WatchdogTest/1.0");
        await _web.Client.SendAsync(request);
        await _web.Client.GetAsync(site.Url("/private/anything"));

        var log = _web.Server.RequestLog.ForSite(SampleSites.RegionalReview);

        var feed = Assert.Single(log, r => r.Path == "/index.rdf");
        Assert.Equal(("GET", 200, "\"stale\"", "WatchdogTest/1.0"), (feed.Method, feed.StatusCode, feed.IfNoneMatch, feed.UserAgent));
        Assert.Equal(404, Assert.Single(log, r => r.Path == "/private/anything").StatusCode);
    }

    [Fact]
    public async Task A_published_article_appears_in_the_feed_sitemap_and_section_and_changes_their_etags()
    {
        var site = _web.Site(SampleSites.PressFreedomBlog);
        var feedBefore = await _web.Client.GetAsync(site.Url("/feed.json"));

        var url = _web.Server.PublishArticle(SampleSites.PressFreedomBlog, new SampleArticle
        {
            Slug = "new-alert",
            Title = "Alert: editor summoned over a cartoon",
            Author = "Test Desk",
            PublishedAt = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero),
            Summary = "A newly published alert.",
            Paragraphs = ["An editor in Almaty was summoned for questioning over a cartoon about the city budget."],
        });

        var feedAfter = await _web.Client.GetAsync(site.Url("/feed.json"));
        Assert.Equal(site.Url("/blog/2026/new-alert/"), url);
        Assert.NotEqual(feedBefore.Headers.ETag, feedAfter.Headers.ETag);
        Assert.Contains(url.AbsoluteUri, await feedAfter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(url.AbsoluteUri, await _web.Client.GetStringAsync(site.Url("/sitemap.xml")), StringComparison.Ordinal);
        Assert.Contains(url.AbsoluteUri, await _web.Client.GetStringAsync(site.Url("/blog/")), StringComparison.Ordinal);
        Assert.Contains("summoned for questioning", await _web.Client.GetStringAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_methods_are_refused()
    {
        var response = await _web.Client.PostAsync(_web.Site(SampleSites.RussianNews).Url("/rss.xml"), new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
