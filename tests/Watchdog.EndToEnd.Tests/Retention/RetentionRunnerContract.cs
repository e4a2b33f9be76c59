using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Watchdog.Core.Articles;
using Watchdog.Core.Governance;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Core.Watching;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Application;
using Watchdog.Pipeline.Metrics;
using Watchdog.Application.Retention;

namespace Watchdog.EndToEnd.Tests.Retention;

/// <summary>
/// A whole retention pass over a real store: an article collected 400 days ago is gone from the store, the search
/// index and the raw bodies, with its alert, while an article collected today stays in all of them.
/// </summary>
public abstract class RetentionRunnerContract : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    protected ServiceProvider Services { get; private set; } = null!;

    /// <summary>The backend's settings (store kind, data folder or connection string).</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>> StoreSettingsAsync();

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(await StoreSettingsAsync()).Build();
        Services = new ServiceCollection().AddLogging().AddWatchdogCore(configuration).BuildServiceProvider();
    }

    public virtual async Task DisposeAsync() => await Services.DisposeAsync();

    private T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    protected async Task<(Article Old, Article New)> StoreOldAndNewAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var old = await StoreAsync("Retention test: the old report on the grain harvest", now.AddDays(-400));
        var fresh = await StoreAsync("Retention test: the new report on the grain harvest", now.AddMinutes(-1));
        await Service<ISearchIndex>().IndexAsync([old, fresh], Ct);
        await Service<IArticleStore>().MarkIndexedAsync([old.Id, fresh.Id], Ct);
        return (old, fresh);
    }

    [Fact]
    public async Task Old_articles_leave_the_store_the_index_and_the_raw_bodies_and_new_ones_stay()
    {
        var (old, fresh) = await StoreOldAndNewAsync();
        var alert = await Service<IWatchStore>().AddAlertAsync(new Alert
        {
            QueryId = 1, ArticleId = old.Id, StoryKey = "harvest", Title = old.Title, Url = old.Url,
            Passages = [new AlertPassage("title", 0, 5, "grain", "<mark>grain</mark>")],
        }, Ct);

        var report = await Service<RetentionRunner>().RunAsync(dryRun: false, AuditActors.Cli, Ct);

        Assert.Equal((1L, 1L, 1L, 1L, 0L), (report.Articles, report.Alerts, report.RawBodies, report.IndexRemoved, report.IndexPending));
        Assert.Null(await Service<IArticleStore>().GetAsync(old.Id, Ct));
        Assert.NotNull(await Service<IArticleStore>().GetAsync(fresh.Id, Ct));
        var hits = await Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "harvest", PageSize = 100 }, Ct);
        Assert.Equal([fresh.Id], hits.Hits.Select(h => h.ArticleId));
        Assert.Null(await Service<IRawStore>().GetAsync(old.RawHash!, Ct));
        Assert.NotNull(await Service<IRawStore>().GetAsync(fresh.RawHash!, Ct));
        Assert.Null(await Service<IWatchStore>().GetAlertAsync(alert.Id, Ct));
        await AssertRawBodyGoneAsync(old.RawHash!, fresh.RawHash!);
    }

    [Fact]
    public async Task The_pass_is_counted_in_metrics_and_recorded_in_the_audit_log()
    {
        await StoreOldAndNewAsync();

        await Service<RetentionRunner>().RunAsync(dryRun: false, AuditActors.Retention, Ct);

        var metrics = Service<PipelineMetrics>();
        Assert.Equal((1L, 1L, 1L), (metrics.Get(RetentionRunner.StageName, "articles"), metrics.Get(RetentionRunner.StageName, "raw-bodies"),
            metrics.Get(RetentionRunner.StageName, "index-removed")));
        Assert.Contains("stage=\"retention\",status=\"articles\"} 1", metrics.RenderPrometheus(), StringComparison.Ordinal);
        var entry = Assert.Single((await Service<IAuditLog>().ListAsync(new AuditQuery { Action = AuditActions.RetentionRun }, Ct)).Entries);
        Assert.Equal(AuditActors.Retention, entry.Actor);
        Assert.Contains("\"articles\":1", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_counts_and_deletes_nothing()
    {
        var (old, _) = await StoreOldAndNewAsync();

        var report = await Service<RetentionRunner>().RunAsync(dryRun: true, AuditActors.Cli, Ct);

        Assert.Equal((true, 1L, 1L), (report.DryRun, report.Articles, report.RawBodies));
        Assert.NotNull(await Service<IArticleStore>().GetAsync(old.Id, Ct));
        Assert.Equal(2, await Service<ISearchIndex>().CountAsync(Ct));
        Assert.Empty((await Service<IAuditLog>().ListAsync(new AuditQuery { Action = AuditActions.RetentionRun }, Ct)).Entries);
    }

    /// <summary>What the backend can check beyond the store's own answers (files on disk for the embedded store).</summary>
    protected virtual Task AssertRawBodyGoneAsync(string purgedHash, string keptHash) => Task.CompletedTask;

    private async Task<Article> StoreAsync(string title, DateTimeOffset fetchedAt)
    {
        var url = new Uri($"https://harvest.example/{Guid.NewGuid():N}");
        var rawHash = await Service<IRawStore>().PutAsync(Encoding.UTF8.GetBytes($"<html><h1>{title}</h1></html>"),
            new RawMetadata(url, "text/html", "utf-8", fetchedAt, 1), Ct);
        return (await Service<IArticleStore>().AddAsync(TestArticles.Make(title, fetchedAt, rawHash, url), Ct)).Article;
    }
}
