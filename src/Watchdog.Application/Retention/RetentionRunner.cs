using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Watchdog.Core.Governance;
using Watchdog.Core.Retention;
using Watchdog.Core.Search;
using Watchdog.Pipeline.Configuration;
using Watchdog.Application.Governance;
using Watchdog.Pipeline.Metrics;

namespace Watchdog.Application.Retention;

/// <summary>
/// One retention pass: deletes articles collected more than <see cref="WatchdogOptions.RetentionDays"/> ago (with the
/// alerts raised on them), then takes them out of the search index, drops their ids from other alerts' related lists,
/// deletes finished work items and fetch-log entries of the same age, and raw bodies nothing needs any more.
/// </summary>
/// <remarks>
/// URL state (validators and content hash per fetched URL) is kept: it holds no content, and it is what stops a feed
/// that still lists an expired article from fetching and storing it again. The audit log is kept too: it is the record
/// of who did what, and holds no collected content.
/// </remarks>
public sealed class RetentionRunner(
    IRetentionStore store, IRawRetention raw, ISearchIndex index, AuditTrail audit, PipelineMetrics metrics, TimeProvider clock,
    IOptions<WatchdogOptions> options, ILogger<RetentionRunner> logger)
{
    public const string StageName = "retention";

    private readonly int _days = options.Value.RetentionDays;
    private readonly int _batch = options.Value.Retention.BatchSize;

    /// <param name="actor">Who asked: <see cref="AuditActors.Retention"/> for the service, <see cref="AuditActors.Cli"/> for `watchdog retention run`.</param>
    public async Task<RetentionReport> RunAsync(bool dryRun, string actor, CancellationToken ct)
    {
        if (_days <= 0)
        {
            // Retention off still finishes what an earlier pass (with a limit) left for the index.
            var removed = dryRun ? 0 : await ApplyIndexRemovalsAsync(ct);
            return new RetentionReport(_days, null, dryRun, IndexRemoved: removed, IndexPending: await store.CountPendingIndexRemovalsAsync(ct));
        }
        var cutoff = clock.GetUtcNow() - TimeSpan.FromDays(_days);
        var report = dryRun ? await CountAsync(cutoff, ct) : await DeleteAsync(cutoff, ct);
        if (report.DeletedAnything)
        {
            Count(report);
            logger.LogInformation(
                "Retention ({Days} days, cutoff {Cutoff:u}) deleted {Articles} articles, {Alerts} alerts, {RawBodies} raw bodies ({RawBytes} bytes), " +
                "{WorkItems} finished work items and {FetchLog} fetch-log entries; {IndexRemoved} removed from the search index, {IndexPending} still pending",
                _days, cutoff, report.Articles, report.Alerts, report.RawBodies, report.RawBytes, report.WorkItems, report.FetchLogEntries,
                report.IndexRemoved, report.IndexPending);
            await audit.RecordAsync(actor, AuditActions.RetentionRun, $"content collected before {cutoff:u}", new
            {
                retentionDays = _days, report.Articles, report.Alerts, report.RawBodies, report.RawBytes, report.WorkItems, report.FetchLogEntries,
            });
        }
        return report;
    }

    /// <summary>Takes deleted articles out of the search index; they stay pending when another process holds the index.</summary>
    /// <returns>How many were removed.</returns>
    public async Task<int> ApplyIndexRemovalsAsync(CancellationToken ct)
    {
        var removed = 0;
        while (true)
        {
            var pending = await store.ListPendingIndexRemovalsAsync(_batch, ct);
            if (pending.Count == 0) return removed;
            try
            {
                await index.DeleteAsync(pending, ct);
            }
            catch (InvalidOperationException e)
            {
                // The embedded index is read-only in a process beside the running service; the service removes them.
                logger.LogInformation("The search index cannot be changed here ({Reason}); {Count} deleted articles wait for the process that holds it",
                    e.Message, pending.Count);
                return removed;
            }
            await store.ConfirmIndexRemovalsAsync(pending, ct);
            removed += pending.Count;
            metrics.Count(StageName, "index-removed", pending.Count);
        }
    }

    private async Task<RetentionReport> CountAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        var expired = await store.CountExpiredAsync(cutoff, ct);
        var bodies = await raw.CountExpiredAsync(cutoff, ct);
        return new RetentionReport(_days, cutoff, DryRun: true, expired.Articles, expired.Alerts, 0, bodies.Bodies, bodies.StoredBytes,
            expired.WorkItems, expired.FetchLogEntries, 0, await store.CountPendingIndexRemovalsAsync(ct));
    }

    private async Task<RetentionReport> DeleteAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        long articles = 0, alerts = 0, indexRemoved = 0;
        while (true)
        {
            var deleted = await store.DeleteExpiredArticlesAsync(cutoff, _batch, ct);
            articles += deleted.ArticleIds.Count;
            alerts += deleted.Alerts;
            // Out of the index batch by batch, so search stops finding them while a large purge goes on.
            if (deleted.ArticleIds.Count > 0) indexRemoved += await ApplyIndexRemovalsAsync(ct);
            if (deleted.ArticleIds.Count < _batch) break;
        }
        // Also finishes removals an earlier pass or another process left pending.
        indexRemoved += await ApplyIndexRemovalsAsync(ct);
        var detached = articles > 0 ? await store.DetachDeletedArticlesAsync(ct) : 0;

        long workItems = 0, fetchLog = 0;
        DeletedRecords records;
        do
        {
            records = await store.DeleteExpiredRecordsAsync(cutoff, _batch, ct);
            workItems += records.WorkItems;
            fetchLog += records.FetchLogEntries;
        }
        while (records.WorkItems == _batch || records.FetchLogEntries == _batch);

        long bodies = 0, bytes = 0;
        RawPurge purged;
        do
        {
            purged = await raw.PurgeExpiredAsync(cutoff, _batch, ct);
            bodies += purged.Bodies;
            bytes += purged.StoredBytes;
        }
        while (purged.Bodies == _batch);

        return new RetentionReport(_days, cutoff, DryRun: false, articles, alerts, detached, bodies, bytes, workItems, fetchLog, indexRemoved,
            await store.CountPendingIndexRemovalsAsync(ct));
    }

    private void Count(RetentionReport report)
    {
        // index-removed is counted as it happens, also by the passes of ApplyIndexRemovalsAsync alone.
        metrics.Count(StageName, "articles", report.Articles);
        metrics.Count(StageName, "alerts", report.Alerts);
        metrics.Count(StageName, "raw-bodies", report.RawBodies);
        metrics.Count(StageName, "raw-bytes", report.RawBytes);
        metrics.Count(StageName, "work-items", report.WorkItems);
        metrics.Count(StageName, "fetch-log", report.FetchLogEntries);
    }
}
