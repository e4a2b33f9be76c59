using Watchdog.Collect.Fetching;
using Watchdog.Core.Fetching;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Metrics;

namespace Watchdog.Pipeline.Stages;

/// <summary>
/// Fetches a URL the way every stage should: conditional GET with the validators remembered for it, every attempt in
/// the fetch log, every body kept in the raw store. Validators are saved only by <see cref="RememberAsync"/>, once
/// the caller has stored what it made of the body: a crash before that means the next try fetches it in full again.
/// </summary>
public sealed class TrackedFetcher(HttpFetcher fetcher, IUrlStateStore urlStates, IFetchLog fetchLog, IRawStore raw, TimeProvider clock, PipelineMetrics metrics)
{
    public Task<TrackedFetch> FetchAsync(Uri url, long sourceId, CancellationToken ct) => FetchAsync(url, sourceId, recordAs: null, mayDefer: false, ct);

    /// <summary>
    /// For a queued item that can come back later: when the host's politeness turn is not near, nothing is fetched
    /// or logged and the result says when to come back (<see cref="TrackedFetch.DeferredUntil"/>).
    /// </summary>
    public Task<TrackedFetch> FetchOrDeferAsync(Uri url, long sourceId, CancellationToken ct) => FetchAsync(url, sourceId, recordAs: null, mayDefer: true, ct);

    /// <param name="recordAs">
    /// The address to remember, log and file the body under instead of <paramref name="url"/>, when that carries a
    /// secret (an API token in the query).
    /// </param>
    public Task<TrackedFetch> FetchAsync(Uri url, long sourceId, Uri? recordAs, CancellationToken ct) => FetchAsync(url, sourceId, recordAs, mayDefer: false, ct);

    private async Task<TrackedFetch> FetchAsync(Uri url, long sourceId, Uri? recordAs, bool mayDefer, CancellationToken ct)
    {
        var fetchUrl = url;
        url = recordAs ?? url;
        using var storing = metrics.Stages.Measure(PipelineStages.Store);
        var previous = await urlStates.GetAsync(url, ct);
        var request = new FetchRequest(fetchUrl)
        {
            ETag = previous?.ETag,
            LastModified = previous?.LastModified,
            PreviousContentHash = previous?.ContentHash,
            MayDefer = mayDefer,
        };
        FetchResult result;
        using (metrics.Stages.Measure(PipelineStages.Fetch))
        {
            result = await fetcher.FetchAsync(request, ct);
        }
        // Nothing was sent, so there is nothing to log or keep.
        if (result.Outcome == FetchOutcome.Deferred) return new TrackedFetch(url, result, previous, RawHash: null);
        var now = clock.GetUtcNow();
        await fetchLog.AppendAsync(new FetchLogEntry(sourceId, url, result.Outcome, result.StatusCode, result.Elapsed, now, result.Error), ct);
        string? rawHash = null;
        if (result.HasBody)
        {
            var metadata = new RawMetadata(recordAs ?? result.FinalUrl ?? url, result.ContentType, result.Charset, now, sourceId);
            rawHash = result.ContentHash is { } hash
                ? await raw.PutAsync(result.Body, hash, metadata, ct)
                : await raw.PutAsync(result.Body, metadata, ct);
        }
        return new TrackedFetch(url, result, previous, rawHash);
    }

    /// <summary>Remembers validators and content hash so the next fetch of the URL can be answered with 304.</summary>
    public async Task RememberAsync(TrackedFetch fetch, CancellationToken ct)
    {
        using var storing = metrics.Stages.Measure(PipelineStages.Store);
        var result = fetch.Result;
        var state = result.HasBody
            ? new UrlState(fetch.Url, result.ETag, result.LastModified, result.ContentHash, clock.GetUtcNow(), result.StatusCode)
            : new UrlState(fetch.Url, fetch.Previous?.ETag, fetch.Previous?.LastModified, fetch.Previous?.ContentHash, clock.GetUtcNow(), result.StatusCode);
        await urlStates.SaveAsync(state, ct);
    }

    /// <summary>Remembers a URL whose content arrived without a fetch of its own (a post read from its channel's page), so it is not queued again.</summary>
    public Task MarkSeenAsync(Uri url, string? contentHash, CancellationToken ct) =>
        urlStates.SaveAsync(new UrlState(url, null, null, contentHash, clock.GetUtcNow(), 200), ct);

    /// <summary>The body seen last time, for a 304 answer that still has to be read (a section page's links).</summary>
    public async Task<byte[]?> PreviousBodyAsync(TrackedFetch fetch, CancellationToken ct) =>
        fetch.Previous?.ContentHash is { } hash && await raw.GetAsync(hash, ct) is { } entry ? entry.Body : null;

    /// <summary>Whether the URL was fetched before (by any source), so it need not be queued again.</summary>
    public async Task<bool> IsKnownAsync(Uri url, CancellationToken ct) => await urlStates.GetAsync(url, ct) is not null;
}

/// <summary>One tracked fetch: the result, what was remembered before it, and where its body went in the raw store.</summary>
public sealed record TrackedFetch(Uri Url, FetchResult Result, UrlState? Previous, string? RawHash)
{
    public bool IsUnchanged => Result.Outcome is FetchOutcome.NotModified or FetchOutcome.Unchanged;

    /// <summary>Set when nothing was fetched because the host's turn was not near: when to come back.</summary>
    public DateTimeOffset? DeferredUntil => Result.Outcome == FetchOutcome.Deferred ? Result.DeferredUntil : null;
}
