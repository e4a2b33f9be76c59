using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Entities;
using Watchdog.Pipeline.Guard;
using Watchdog.Pipeline.Metrics;
using Watchdog.Pipeline.Stages;
using Watchdog.Watch.Alerts;

namespace Watchdog.Pipeline.Watching;

/// <summary>
/// Tags one stored article's named entities (<see cref="ArticleEntityRecorder"/>), matches it against every standing
/// query and raises the alerts (deliveries are queued in the watch store and sent by <see cref="AlertDeliveryService"/>),
/// and checks it for passages of registered confidential documents (<see cref="LeakWatch"/>). Runs as its own durable work item, so a crash between storing and matching
/// never loses the match.
/// </summary>
public sealed class WatchArticleStage(
    IArticleStore articles, ArticleWatcher watcher, CompiledQueriesFreshness freshness, AlertsRaisedSignal raised, LeakWatch leaks,
    ArticleEntityRecorder entities, PipelineMetrics metrics, ILogger<WatchArticleStage>? logger = null)
    : IStage<WatchArticleInput>
{
    public const string Matched = "matched";
    public const string NoMatch = "no-match";

    private readonly ILogger _logger = logger ?? NullLogger<WatchArticleStage>.Instance;

    public async Task<StageResult> ProcessAsync(WatchArticleInput input, CancellationToken ct)
    {
        Core.Articles.Article? article;
        using (metrics.Stages.Measure(PipelineStages.Store))
        {
            article = await articles.GetAsync(input.ArticleId, ct);
        }
        if (article is null) return StageResult.Done(StageStatus.Gone, $"article {input.ArticleId} no longer exists");

        // First: tagging entities and recording findings are idempotent, so a retry after a failure in the alert step repeats nothing.
        await entities.TagAsync(article, ct);
        using var watching = metrics.Stages.Measure(PipelineStages.Watch);
        await leaks.CheckAsync(article, ct);
        await freshness.EnsureFreshAsync(ct);
        var outcomes = await watcher.ProcessAsync(article, ct);
        if (outcomes.Count == 0) return StageResult.Done(NoMatch);
        raised.Notify();
        _logger.LogInformation("Article {ArticleId} matched {Count} standing queries", article.Id, outcomes.Count);
        return StageResult.Done(Matched);
    }
}
