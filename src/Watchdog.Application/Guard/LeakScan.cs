using Microsoft.Extensions.Logging;
using Watchdog.Core.Guard;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Guard;

namespace Watchdog.Application.Guard;

/// <summary>
/// `watchdog guard leaks scan`: checks every article already stored against the registered documents (or one of
/// them), for documents registered after the articles came in. Findings already on record are not repeated.
/// </summary>
public sealed class LeakScan(IArticleStore articles, ILeakStore store, LeakFindingRecorder recorder, TimeProvider clock, ILogger<LeakScan> logger)
{
    /// <param name="documentId">Only this document; all registered documents when null.</param>
    /// <exception cref="KeyNotFoundException"><paramref name="documentId"/> is not a registered document.</exception>
    public async Task<LeakScanSummary> RunAsync(string? documentId, IProgress<LeakScanProgress>? progress, CancellationToken ct)
    {
        if (documentId is not null && await store.GetDocumentAsync(documentId, ct) is null)
            throw new KeyNotFoundException($"No confidential document has the id '{documentId}'.");
        var index = (await LeakIndexLoader.LoadAsync(store, documentId, logger, ct)).Index;
        var summary = new LeakScanSummary(index.Count);
        if (index.Count == 0) return summary;
        var total = await articles.CountAsync(ct);
        await foreach (var article in articles.ScanAsync(ct))
        {
            var findings = LeakArticleCheck.Run(index, article, clock.GetUtcNow());
            var added = findings.Count == 0 ? [] : await recorder.RecordAsync(findings, ct);
            summary = summary with
            {
                Articles = summary.Articles + 1,
                ArticlesWithLeaks = summary.ArticlesWithLeaks + (findings.Count > 0 ? 1 : 0),
                NewFindings = summary.NewFindings + added.Count,
            };
            progress?.Report(new LeakScanProgress(summary.Articles, total));
        }
        return summary;
    }
}

public sealed record LeakScanProgress(long Done, long Total);

/// <summary>What a scan checked and found.</summary>
/// <param name="Documents">Documents checked against (those whose fingerprints could be read).</param>
/// <param name="ArticlesWithLeaks">Articles containing passages of at least one document, whether recorded before or now.</param>
/// <param name="NewFindings">Findings stored by this scan (pairs already on record are not counted).</param>
public sealed record LeakScanSummary(int Documents, long Articles = 0, long ArticlesWithLeaks = 0, long NewFindings = 0);
