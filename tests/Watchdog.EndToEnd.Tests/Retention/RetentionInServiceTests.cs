using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Articles;
using Watchdog.Core.Governance;
using Watchdog.Core.Retention;
using Watchdog.Core.Search;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Pipeline.Configuration;
using Watchdog.Application.Governance;
using Watchdog.Pipeline.Metrics;
using Watchdog.Application.Retention;
using Watchdog.Pipeline.Scheduling;
using Watchdog.SampleWeb;

namespace Watchdog.EndToEnd.Tests.Retention;

/// <summary>Retention beside the running service: expired articles do not come back, and a CLI pass reaches the index the service holds.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class RetentionInServiceTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly SampleWebServer _web = new();
    private PipelineHarness _watchdog = null!;

    public async Task InitializeAsync()
    {
        await _web.StartAsync(Ct);
        // The service's own passes are off, so only the passes a test runs delete anything; it still applies index removals.
        _watchdog = await PipelineHarness.StartAsync(new Dictionary<string, string?> { ["Watchdog:RetentionDays"] = "0" });
    }

    public async Task DisposeAsync()
    {
        await _watchdog.DisposeAsync();
        await _web.DisposeAsync();
    }

    [Fact]
    public async Task Expired_articles_are_not_fetched_again_when_a_source_still_links_to_them()
    {
        var site = _web.Site(SampleSites.RussianNews);
        var feed = (await _watchdog.AddSourceAsync(site.Url("/rss.xml"), SourceKind.Feed)).Source;
        await _watchdog.WaitForIdleAsync(feed.Id);
        var stored = await _watchdog.Service<IArticleStore>().LatestAsync(1000, null, Ct);
        Assert.NotEmpty(stored);

        // A year and more later, as far as retention can tell: everything collected so far has expired.
        var report = await RunnerAt(DateTimeOffset.UtcNow.AddDays(WatchdogOptions.DefaultRetentionDays + 30)).RunAsync(dryRun: false, AuditActors.Retention, Ct);
        Assert.Equal(stored.Count, report.Articles);
        Assert.Equal(0, await _watchdog.Service<ISearchIndex>().CountAsync(Ct));
        var expiredPaths = stored.Select(a => a.Url.AbsolutePath).ToHashSet();
        var requestsBefore = RequestsFor(site, expiredPaths);

        // The section page links to the same articles; the URL state remembers them, so none is fetched or stored again.
        var section = (await _watchdog.AddSourceAsync(site.Url("/news/"), SourceKind.Page)).Source;
        await _watchdog.WaitForIdleAsync(section.Id);

        Assert.Contains(_web.RequestLog.ForSite(site.Name), r => r.Path == "/news/");
        Assert.Equal(requestsBefore, RequestsFor(site, expiredPaths));
        var storedAgain = await _watchdog.Service<IArticleStore>().LatestAsync(1000, null, Ct);
        Assert.DoesNotContain(storedAgain, a => expiredPaths.Contains(a.Url.AbsolutePath));
    }

    [Fact]
    public async Task A_cli_pass_beside_the_service_leaves_the_index_to_the_service_which_then_removes_the_articles()
    {
        var old = await StoreIndexedAsync("A grain harvest report collected long ago", DateTimeOffset.UtcNow.AddDays(-400));

        var run = await CliRun.RunAsync("retention", "run", "--json", "--data", _watchdog.DataFolder);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Equal(1, run.Json.GetProperty("articles").GetInt64());
        Assert.Equal(1, run.Json.GetProperty("indexPending").GetInt64());
        Assert.Null(await _watchdog.Service<IArticleStore>().GetAsync(old.Id, Ct));
        await PipelineHarness.WaitUntilAsync(async () => await _watchdog.Service<IRetentionStore>().CountPendingIndexRemovalsAsync(Ct) == 0,
            "the service took the article the CLI deleted out of the search index");
        Assert.Equal(0, (await _watchdog.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "harvest" }, Ct)).Total);
    }

    private RetentionRunner RunnerAt(DateTimeOffset now) => new(
        _watchdog.Service<IRetentionStore>(), _watchdog.Service<IRawRetention>(), _watchdog.Service<ISearchIndex>(), _watchdog.Service<AuditTrail>(),
        _watchdog.Service<PipelineMetrics>(), new FixedClock(now), Options.Create(new WatchdogOptions()), NullLogger<RetentionRunner>.Instance);

    private int RequestsFor(SampleSite site, IReadOnlySet<string> paths) => _web.RequestLog.ForSite(site.Name).Count(r => paths.Contains(r.Path));

    private async Task<Article> StoreIndexedAsync(string title, DateTimeOffset fetchedAt)
    {
        var added = await _watchdog.Service<IArticleStore>().AddAsync(TestArticles.Make(title, fetchedAt), Ct);
        await PipelineHarness.WaitUntilAsync(async () => (await _watchdog.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "harvest" }, Ct)).Total == 1,
            "the service's indexer indexed the old article");
        return added.Article;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
