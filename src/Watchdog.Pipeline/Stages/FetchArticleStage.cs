using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Watchdog.Collect.Discovery;
using Watchdog.Core.Articles;
using Watchdog.Core.Fetching;
using Watchdog.Core.Queue;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.Core.Text;
using Watchdog.Extract;
using Watchdog.Pipeline.Hosting;
using Watchdog.Pipeline.Metrics;
using Watchdog.Pipeline.Scheduling;
using Watchdog.Pipeline.Stages.Articles;

namespace Watchdog.Pipeline.Stages;

/// <summary>
/// Fetches one article page and stores what it says:
/// 1. fetch (conditional GET; the body goes to the raw store) — or, when the page's host is not free for a while,
///    defer the item to its host's next turn, so it does not hold a worker that other hosts' pages could use;
/// 2. extract the article and detect its language (falling back to the page's declared language);
/// 3. store it unless it duplicates one already stored (same canonical URL or same text);
/// 4. remember the URL's validators — only now, so a crash before this step fetches and stores again, and the
///    store's dedup makes that harmless: nothing lost, nothing stored twice.
/// A section page reached from a section source has its links followed while depth remains. When the page cannot be
/// fetched for good, the feed item's own content is stored instead, if it has enough.
/// </summary>
public sealed class FetchArticleStage(
    ISourceStore sources, IArticleStore articles, TrackedFetcher fetcher, IWorkQueue queue, WorkSignal signal,
    ArticleIndexer indexer, SourceHealthRecorder health, TimeProvider clock, PipelineMetrics metrics, ILogger<FetchArticleStage>? logger = null)
    : IStage<FetchArticleInput>
{
    private readonly ILogger _logger = logger ?? NullLogger<FetchArticleStage>.Instance;

    public async Task<StageResult> ProcessAsync(FetchArticleInput input, CancellationToken ct)
    {
        var source = await sources.GetAsync(input.SourceId, ct);
        if (source is null) return StageResult.Done(StageStatus.Gone, $"source {input.SourceId} no longer exists");

        var fetched = await fetcher.FetchOrDeferAsync(input.Url, source.Id, ct);
        if (fetched.DeferredUntil is { } later) return StageResult.Defer(later);
        var result = fetched.Result;
        if (fetched.IsUnchanged) return StageResult.Done(StageStatus.NotModified);
        if (!result.HasBody)
        {
            if (IsPassing(result.Outcome)) return StageResult.Retry(StageStatus.Failed, result.Describe(), result.RetryAfter);
            return await GiveUpOnPageAsync(source, input, fetched, ct);
        }

        var origin = ArticleOrigin.Of(source, result.FinalUrl ?? input.Url, clock.GetUtcNow(), fetched.RawHash);
        string html;
        ExtractedArticle extracted;
        using (metrics.Stages.Measure(PipelineStages.Extract))
        {
            html = result.Text ?? CharsetDecoder.Decode(result.Body!, result.ContentType).Text;
            extracted = ArticleExtractor.Extract(html, origin.Url);
        }
        // The extractor gives up on its time budget, e.g. on a busy machine; that says nothing about the page, so try again.
        if (extracted.Kind == PageKind.Unknown && extracted.Problem is not null && string.IsNullOrEmpty(extracted.Text))
            return StageResult.Retry(StageStatus.Failed, $"extraction gave up: {extracted.Problem}");
        if (extracted.Kind != PageKind.Article || string.IsNullOrWhiteSpace(extracted.Text))
        {
            var followed = await FollowSectionLinksAsync(source, input, html, origin.Url, ct);
            var fromFeed = input.FeedItem is null ? null : ArticleComposer.FromFeedItem(input.FeedItem, origin);
            if (fromFeed is not null) return await StoreAsync(fromFeed, fetched, StageStatus.FromFeedContent, ct);
            await fetcher.RememberAsync(fetched, ct);
            return StageResult.Done(StageStatus.NotArticle, $"{extracted.Kind} page{(followed > 0 ? $", {followed} links queued" : "")}{(extracted.Problem is null ? "" : ": " + extracted.Problem)}");
        }
        return await StoreAsync(Compose(extracted, origin, input.FeedItem), fetched, StageStatus.Ok, ct);
    }

    /// <summary><see cref="ArticleComposer.FromPage"/>, with language identification and tone timed apart.</summary>
    private Article Compose(ExtractedArticle extracted, ArticleOrigin origin, FeedItemContent? feedItem)
    {
        string language;
        using (metrics.Stages.Measure(PipelineStages.Language))
        {
            language = ArticleComposer.ChooseLanguage(extracted.Text, extracted.LanguageHint);
        }
        using var analysing = metrics.Stages.Measure(PipelineStages.AnalysisTone);
        return ArticleComposer.WithTone(ArticleComposer.UntonedFromPage(extracted, origin, feedItem, language));
    }

    private async Task<StageResult> StoreAsync(Article article, TrackedFetch fetched, string status, CancellationToken ct)
    {
        using var storing = metrics.Stages.Measure(PipelineStages.Store);
        var added = await articles.AddAsync(article, ct);
        await fetcher.RememberAsync(fetched, ct);
        if (!added.Added) return StageResult.Done(StageStatus.Duplicate, $"duplicate of article {added.Article.Id} ({added.DuplicateOf})");
        indexer.NotifyStored();
        await Watching.WatchArticleInput.EnqueueAsync(queue, signal, added.Article.Id, clock.GetUtcNow(), ct);
        await health.RecordStoredAsync(article.SourceId, 1, ct);
        return StageResult.Done(status);
    }

    /// <summary>The page will not come (404, robots, blocked, too large…): keep the feed's version if it has one.</summary>
    private async Task<StageResult> GiveUpOnPageAsync(Source source, FetchArticleInput input, TrackedFetch fetched, CancellationToken ct)
    {
        var reason = fetched.Result.Describe();
        var origin = ArticleOrigin.Of(source, input.Url, clock.GetUtcNow(), rawHash: null);
        if (input.FeedItem is not null && ArticleComposer.FromFeedItem(input.FeedItem, origin) is { } fromFeed)
        {
            _logger.LogInformation("Page {Url} unavailable ({Reason}); storing the feed item's content", input.Url, reason);
            return await StoreAsync(fromFeed, fetched, StageStatus.FromFeedContent, ct);
        }
        await fetcher.RememberAsync(fetched, ct);
        var status = fetched.Result.Outcome == FetchOutcome.DisallowedByRobots ? StageStatus.Disallowed : StageStatus.Failed;
        return StageResult.Done(status, reason);
    }

    private async Task<int> FollowSectionLinksAsync(Source source, FetchArticleInput input, string html, Uri pageUrl, CancellationToken ct)
    {
        if (input.DepthLeft <= 0 || SectionLinkExtractor.Validate(source.Limits) is not null) return 0;
        var pageDepth = source.Limits.MaxDepth - input.DepthLeft;
        var queued = 0;
        foreach (var link in new SectionLinkExtractor(source.Limits).Extract(html, pageUrl, pageDepth))
        {
            if (await fetcher.IsKnownAsync(link.Url, ct)) continue;
            var payload = PayloadJson.Serialize(new FetchArticleInput(source.Id, link.Url, source.Limits.MaxDepth - link.Depth));
            if (await queue.EnqueueAsync(WorkKinds.FetchArticle, payload, WorkKinds.FetchArticleKey(link.Url), clock.GetUtcNow(), ct)) queued++;
        }
        if (queued > 0) signal.Notify();
        return queued;
    }

    /// <summary>Failures that may pass if tried again later; the rest are answers (404, robots, too large) that will not change soon.</summary>
    private static bool IsPassing(FetchOutcome outcome) =>
        outcome is FetchOutcome.NetworkError or FetchOutcome.Timeout or FetchOutcome.ServerError or FetchOutcome.RateLimited;
}
