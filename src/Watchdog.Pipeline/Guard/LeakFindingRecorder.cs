using Microsoft.Extensions.Logging;
using Watchdog.Core.Guard;
using Watchdog.Pipeline.Metrics;

namespace Watchdog.Pipeline.Guard;

/// <summary>Stores findings (a pair already on record is skipped) and makes each new one visible: a warning in the log and a counter.</summary>
public sealed class LeakFindingRecorder(ILeakStore store, PipelineMetrics metrics, ILogger<LeakFindingRecorder> logger)
{
    /// <summary>The <see cref="PipelineMetrics"/> stage leak watch counts under.</summary>
    public const string MetricStage = "leak-watch";
    public const string LeakFound = "leak-found";
    public const string Clean = "clean";

    /// <returns>The findings that were new.</returns>
    public async Task<IReadOnlyList<LeakFinding>> RecordAsync(IReadOnlyList<LeakFinding> findings, CancellationToken ct)
    {
        if (findings.Count == 0)
        {
            metrics.Count(MetricStage, Clean);
            return [];
        }
        var added = await store.AddFindingsAsync(findings, ct);
        foreach (var finding in added)
        {
            logger.LogWarning(
                "Leak: article {ArticleId} ({ArticleUrl}) contains passages of confidential document {DocumentId} ({DocumentName}): " +
                "{MatchedFingerprints} fingerprints, {Coverage:P1} of the document, {SpanCount} passage(s)",
                finding.ArticleId, finding.ArticleUrl, finding.DocumentId, finding.DocumentName, finding.MatchedFingerprints, finding.Coverage,
                finding.Spans.Count);
        }
        if (added.Count > 0) metrics.Count(MetricStage, LeakFound, added.Count);
        return added;
    }
}
