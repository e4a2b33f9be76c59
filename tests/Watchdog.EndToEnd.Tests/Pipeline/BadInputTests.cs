using Watchdog.Core.Articles;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Pipeline;

/// <summary>Broken sources get a reason on the source; the service keeps running and other sources keep working.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private TestWebServer _server = null!;
    private PipelineHarness _watchdog = null!;

    public async Task InitializeAsync()
    {
        _server = await TestWebServer.StartAsync();
        _watchdog = await PipelineHarness.StartAsync(new Dictionary<string, string?> { ["Watchdog:Pipeline:PauseAfterFailures"] = "2" });
    }

    public async Task DisposeAsync()
    {
        await _watchdog.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Malformed_feed_leaves_a_reason_on_the_source()
    {
        _server.Map("/feed.xml", TestResponse.Text("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut off", "application/rss+xml"));
        var source = (await _watchdog.AddSourceAsync(_server.Url("/feed.xml"), SourceKind.Feed)).Source;

        await _watchdog.WaitForIdleAsync(source.Id);

        var health = (await _watchdog.SourceAsync(source.Id))!.Health;
        Assert.Equal(SourceStatus.Failing, health.Status);
        Assert.False(string.IsNullOrWhiteSpace(health.LastError));
        Assert.NotNull(health.NextRunAt);
    }

    [Theory]
    [InlineData("<!doctype html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>", "text/html; charset=utf-8", "web page")]
    [InlineData("<html><head><title>Home</title></head><body><p>Welcome</p></body></html>", "text/html", "web page")]
    [InlineData("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>http://e.org/a</loc></url></urlset>", "application/xml", "sitemap")]
    public async Task A_feed_source_whose_body_is_not_a_feed_is_failing_with_what_it_is(string body, string contentType, string looksLike)
    {
        _server.Map("/not-a-feed", TestResponse.Text(body, contentType));
        var source = (await _watchdog.AddSourceAsync(_server.Url("/not-a-feed"), SourceKind.Feed)).Source;

        await _watchdog.WaitForIdleAsync(source.Id);

        var health = (await _watchdog.SourceAsync(source.Id))!.Health;
        Assert.Equal(SourceStatus.Failing, health.Status);
        Assert.StartsWith("not a feed", health.LastError, StringComparison.Ordinal);
        Assert.Contains($"the body is a {looksLike}", health.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_error_is_recorded_and_other_sources_keep_working()
    {
        _server.Map("/down.xml", TestResponse.StatusOnly(503));
        _server.Map("/feed.xml", TestResponse.Text(TestFeeds.Rss(_server.Url("/a1")), "application/rss+xml"));
        _server.Map("/a1", TestResponse.Text(TestFeeds.ArticlePage("Assembly debates media law", "zanzibarite")));
        var down = (await _watchdog.AddSourceAsync(_server.Url("/down.xml"), SourceKind.Feed)).Source;
        var up = (await _watchdog.AddSourceAsync(_server.Url("/feed.xml"), SourceKind.Feed)).Source;

        await _watchdog.WaitForIdleAsync(down.Id);
        await _watchdog.WaitForIdleAsync(up.Id);

        Assert.Contains("ServerError", (await _watchdog.SourceAsync(down.Id))!.Health.LastError, StringComparison.Ordinal);
        var stored = await _watchdog.Service<IArticleStore>().LatestAsync(10, up.Id, CancellationToken.None);
        Assert.Contains(stored, a => a.Text.Contains("zanzibarite", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Source_that_keeps_failing_is_paused_with_the_reason()
    {
        _server.Map("/gone.xml", TestResponse.StatusOnly(500));
        var source = (await _watchdog.AddSourceAsync(_server.Url("/gone.xml"), SourceKind.Feed, TimeSpan.FromSeconds(1))).Source;

        await PipelineHarness.WaitUntilAsync(async () => (await _watchdog.SourceAsync(source.Id))!.Health.Status == SourceStatus.Paused,
            "the source is paused after two failures");

        var health = (await _watchdog.SourceAsync(source.Id))!.Health;
        Assert.Equal(2, health.ConsecutiveFailures);
        Assert.Contains("ServerError", health.PausedReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_with_broken_markup_is_still_stored()
    {
        var broken = TestFeeds.ArticlePage("Broken markup survives", "quokkaline").Replace("</p>", "", StringComparison.Ordinal).Replace("</article>", "<div><span", StringComparison.Ordinal);
        _server.Map("/feed.xml", TestResponse.Text(TestFeeds.Rss(_server.Url("/broken")), "application/rss+xml"));
        _server.Map("/broken", TestResponse.Text(broken));
        var source = (await _watchdog.AddSourceAsync(_server.Url("/feed.xml"), SourceKind.Feed)).Source;

        await _watchdog.WaitForIdleAsync(source.Id);

        var stored = await _watchdog.Service<IArticleStore>().LatestAsync(10, source.Id, CancellationToken.None);
        Assert.Contains(stored, a => a.Text.Contains("quokkaline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_item_content_is_stored_when_its_page_is_gone()
    {
        var text = string.Concat(Enumerable.Repeat("The page of this report was removed, but the feed kept its full text for readers. ", 3));
        _server.Map("/feed.xml", TestResponse.Text(
            $"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Kept from the feed</title><link>{_server.Url("/removed")}</link><description>{text}</description></item></channel></rss>""",
            "application/rss+xml"));
        var source = (await _watchdog.AddSourceAsync(_server.Url("/feed.xml"), SourceKind.Feed)).Source;

        await _watchdog.WaitForIdleAsync(source.Id);

        var stored = await _watchdog.Service<IArticleStore>().LatestAsync(10, source.Id, CancellationToken.None);
        var article = Assert.Single(stored);
        Assert.Equal("Kept from the feed", article.Title);
        Assert.Null(article.RawHash);
    }
}
