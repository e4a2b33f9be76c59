using Watchdog.Collect.Social;
using Watchdog.Core.Queue;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Hosting;
using Watchdog.Pipeline.Scheduling;
using Watchdog.Pipeline.Stages;
using Watchdog.Pipeline.Stages.Articles;
using Watchdog.Pipeline.Watching;

namespace Watchdog.Pipeline.Social;

/// <summary>Payload of a <see cref="WorkKinds.StorePost"/> item: a post read from its source's page, whole.</summary>
public sealed record StorePostInput(long SourceId, SocialPost Post);

/// <summary>
/// Stores one post as an article — language detected, deduplicated like any article, then indexed and matched against
/// the standing queries — and remembers its permalink so the post is not queued again. The post's page is never
/// fetched: its channel's page or the API already gave all of it.
/// </summary>
public sealed class StorePostStage(
    ISourceStore sources, IArticleStore articles, TrackedFetcher fetcher, IWorkQueue queue, WorkSignal signal,
    ArticleIndexer indexer, SourceHealthRecorder health, TimeProvider clock) : IStage<StorePostInput>
{
    public async Task<StageResult> ProcessAsync(StorePostInput input, CancellationToken ct)
    {
        var source = await sources.GetAsync(input.SourceId, ct);
        if (source is null) return StageResult.Done(StageStatus.Gone, $"source {input.SourceId} no longer exists");
        if (input.Post.Url is not { } url) return StageResult.Quarantine(StageStatus.BadPayload, $"post {input.Post.Id} has no permalink");

        var article = PostArticleComposer.Compose(input.Post, ArticleOrigin.Of(source, url, clock.GetUtcNow(), rawHash: null));
        if (article is null)
        {
            await fetcher.MarkSeenAsync(url, contentHash: null, ct);
            return StageResult.Done(StageStatus.NotArticle, $"post {input.Post.Id} has no text ({string.Join(", ", input.Post.Media)})");
        }
        var added = await articles.AddAsync(article, ct);
        await fetcher.MarkSeenAsync(url, article.ContentHash, ct);
        if (!added.Added) return StageResult.Done(StageStatus.Duplicate, $"duplicate of article {added.Article.Id} ({added.DuplicateOf})");
        indexer.NotifyStored();
        await WatchArticleInput.EnqueueAsync(queue, signal, added.Article.Id, clock.GetUtcNow(), ct);
        await health.RecordStoredAsync(source.Id, 1, ct);
        return StageResult.Done(StageStatus.Ok);
    }
}
