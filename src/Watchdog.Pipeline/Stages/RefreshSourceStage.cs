using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Watchdog.Core.Fetching;
using Watchdog.Core.Queue;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Hosting;
using Watchdog.Collect.Social;
using Watchdog.Pipeline.Scheduling;
using Watchdog.Pipeline.Social;
using Watchdog.Pipeline.Stages.Refresh;

namespace Watchdog.Pipeline.Stages;

/// <summary>
/// Refreshes one source:
/// 1. fetch its URL with a conditional GET;
/// 2. read it as what it is — feed, sitemap, or web page (feed auto-discovery, else section links) — resolving Auto by content;
///    a social source (Telegram, Mastodon, forum…) is read by <see cref="SocialSourceReader"/> instead, post by post;
/// 3. queue one <see cref="WorkKinds.FetchArticle"/> item per URL never fetched before (dedup key = URL), or one
///    <see cref="WorkKinds.StorePost"/> item per post never seen before;
/// 4. record the outcome in the source's health, which sets its next run (backoff, pause after repeated failures).
/// When the source's host is not free for a while, the item is deferred before step 1 and nothing is recorded.
/// A failing source is handled by its own backoff, so the work item itself is done either way.
/// </summary>
public sealed class RefreshSourceStage(
    ISourceStore sources, TrackedFetcher fetcher, IWorkQueue queue, WorkSignal signal, SourceHealthRecorder health,
    TimeProvider clock, ILogger<RefreshSourceStage>? logger = null, SocialSourceReader? social = null) : IStage<RefreshSourceInput>
{
    private readonly ILogger _logger = logger ?? NullLogger<RefreshSourceStage>.Instance;
    private readonly PageSourceReader _pages = new(fetcher);
    private readonly SitemapSourceReader _sitemaps = new(fetcher);
    private readonly SocialSourceReader _social = social ?? new SocialSourceReader(fetcher, new SocialSettings(), clock);

    public async Task<StageResult> ProcessAsync(RefreshSourceInput input, CancellationToken ct)
    {
        var source = await sources.GetAsync(input.SourceId, ct);
        if (source is null) return StageResult.Done(StageStatus.Gone, $"source {input.SourceId} no longer exists");
        if (source.Health.Status == SourceStatus.Paused) return StageResult.Done(StageStatus.Paused);
        if (source.Kind.IsSocial()) return await RecordAsync(source, await _social.ReadAsync(source, ct), ct);

        // Only the source's own address may be put off: the pages read after it (a sitemap's parts, a page's feed)
        // follow a fetch already made, so they wait for their host's turn.
        var fetched = await fetcher.FetchOrDeferAsync(source.Url, source.Id, ct);
        if (fetched.DeferredUntil is { } later) return StageResult.Defer(later);
        if (!fetched.Result.HasBody && !fetched.IsUnchanged) return await FailAsync(source, fetched.Result.Describe(), fetched.Result.RetryAfter, ct);

        var reading = await ReadAsync(source, fetched, ct);
        if (reading.IsFailure) return await FailAsync(source, reading.Problem!, null, ct);
        if (fetched.Result.HasBody) await fetcher.RememberAsync(fetched, ct);
        return await RecordAsync(source, reading, ct);
    }

    private async Task<StageResult> RecordAsync(Source source, SourceReading reading, CancellationToken ct)
    {
        if (reading.IsFailure) return await FailAsync(source, reading.Problem!, null, ct);
        var queued = await EnqueueNewAsync(source, reading.Items, ct);
        await health.RecordSuccessAsync(source.Id, reading.ResolvedKind, reading.Title, ct);
        if (reading.Problem is not null) _logger.LogWarning("Source {Id} {Url} read with problems: {Problem}", source.Id, source.Url, reading.Problem);
        _logger.LogInformation("Refreshed source {Id} {Url}: {Kind}, {Found} items, {Queued} new", source.Id, source.Url, reading.ResolvedKind, reading.Items.Count, queued);
        return StageResult.Done(reading.NotModified && queued == 0 ? StageStatus.NotModified : StageStatus.Ok);
    }

    private async Task<SourceReading> ReadAsync(Source source, TrackedFetch fetched, CancellationToken ct)
    {
        var result = fetched.Result;
        var kind = source.Kind;
        if (fetched.IsUnchanged)
        {
            // Only a page read through the feed it advertises has to be read again: the feed may change on its own.
            if (kind != SourceKind.Auto || await fetcher.PreviousBodyAsync(fetched, ct) is not { } previous) return SourceReading.Unchanged(kind);
            var reading = await _pages.ReadAsync(source, source.Url, previous, contentType: null, ct);
            return reading with { NotModified = reading.NotModified || reading.Items.Count == 0 };
        }

        var url = result.FinalUrl ?? source.Url;
        if (kind == SourceKind.Auto) kind = SourceContentSniffer.Classify(result.ContentType, result.Body, result.Text);
        return kind switch
        {
            SourceKind.Feed => FeedSourceReader.Read(result),
            SourceKind.Sitemap => await _sitemaps.ReadAsync(source, url, result.Body!, result.ContentType, ct),
            _ => await _pages.ReadAsync(source, url, result.Body!, result.ContentType, ct),
        };
    }

    private async Task<int> EnqueueNewAsync(Source source, IReadOnlyList<DiscoveredItem> items, CancellationToken ct)
    {
        var queued = 0;
        var now = clock.GetUtcNow();
        foreach (var item in items.DistinctBy(i => i.Url))
        {
            // Old items are skipped before the cap is applied, so a long feed is worked through over several runs. Posts
            // are not capped: they cost no fetch, and the pages read already bound them.
            if (item.Post is null && queued >= source.Limits.MaxPagesPerRun) continue;
            if (await fetcher.IsKnownAsync(item.Url, ct)) continue;
            var (kind, payload, key) = item.Post is { } post
                ? (WorkKinds.StorePost, PayloadJson.Serialize(new StorePostInput(source.Id, post)), WorkKinds.StorePostKey(item.Url))
                : (WorkKinds.FetchArticle, PayloadJson.Serialize(new FetchArticleInput(source.Id, item.Url, item.DepthLeft, item.FeedItem)), WorkKinds.FetchArticleKey(item.Url));
            if (await queue.EnqueueAsync(kind, payload, key, now, ct)) queued++;
        }
        if (queued > 0) signal.Notify();
        return queued;
    }

    private async Task<StageResult> FailAsync(Source source, string reason, TimeSpan? retryAfter, CancellationToken ct)
    {
        var updated = await health.RecordFailureAsync(source.Id, reason, retryAfter, ct);
        _logger.LogWarning("Source {Id} {Url} failed: {Reason}; next run {NextRun}", source.Id, source.Url, reason, updated?.Health.NextRunAt);
        return StageResult.Done(StageStatus.Failed, reason);
    }
}
