using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Watchdog.Analysis.Stories.Clustering;
using Watchdog.Analysis.Stories.Duplicates;
using Watchdog.Core.Articles;
using Watchdog.Core.Stories;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Metrics;

namespace Watchdog.Pipeline.Stages.Stories;

/// <summary>
/// Gives each stored article its story, once, in the order articles were stored: the ingest stage of story clustering.
/// One <see cref="StoryClusterer"/> holds the open stories; the story id and the text's SimHash go to the store with
/// the story's new label and span, so every answer reads the same ids. Only the process holding the store's lease
/// assigns (the clusterer's state is in memory); on taking the lease it restores the stories still open from the store.
/// </summary>
public sealed class StoryAssigner(
    IStoryStore stories, IArticleStore articles, PipelineMetrics metrics, TimeProvider clock, ILogger<StoryAssigner>? logger = null)
    : IDisposable
{
    public const string StageName = "stories";

    /// <summary>Articles read and assigned per store transaction.</summary>
    public const int BatchSize = 200;

    /// <summary>How long the lease lasts without renewal: a stopped process hands over within this time.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(1);

    private readonly ILogger _logger = logger ?? NullLogger<StoryAssigner>.Instance;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<long> _unassignable = [];
    private readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private StoryClusterer? _clusterer;

    /// <returns>How many articles were given a story (0 when another process holds the lease).</returns>
    public async Task<int> AssignPendingAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow();
            if (!await stories.TryLeaseAsync(_holder, now, now + LeaseDuration, ct))
            {
                // Another process assigns; when this one takes over it must start from the store, not from old memory.
                _clusterer = null;
                return 0;
            }
            _clusterer ??= await RestoreAsync(ct);
            var assigned = 0;
            while (true)
            {
                var pending = (await stories.ListUnassignedAsync(BatchSize + _unassignable.Count, ct)).Where(id => !_unassignable.Contains(id)).ToList();
                if (pending.Count == 0) return assigned;
                assigned += await AssignAsync(_clusterer, pending, ct);
                now = clock.GetUtcNow();
                if (!await stories.TryLeaseAsync(_holder, now, now + LeaseDuration, ct)) return assigned;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> AssignAsync(StoryClusterer clusterer, List<long> pending, CancellationToken ct)
    {
        var memberships = new List<StoryMembership>();
        // Read in one go, in id order (the order they were stored); retention may remove an article between the listing
        // and the read, and it is then left out: that is no error.
        IReadOnlyList<Article> read;
        using (metrics.Stages.Measure(PipelineStages.Store))
        {
            read = await articles.GetManyAsync(pending, ct);
        }
        foreach (var article in read)
        {
            try
            {
                using var analysing = metrics.Stages.Measure(PipelineStages.AnalysisStories);
                var assignment = clusterer.Add(ToStoryArticle(article));
                memberships.Add(new StoryMembership(article.Id, assignment.StoryId, TextSimHash.Compute(article.Text, article.Language), PublishedAt(article)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "Article {Id} cannot be given a story; it stays without one until restart", article.Id);
                _unassignable.Add(article.Id);
                metrics.Count(StageName, StageStatus.Failed);
            }
        }
        var touched = memberships.Select(m => m.StoryId).Distinct().Select(clusterer.Find).OfType<Story>().Select(ToStored).ToList();
        using var storing = metrics.Stages.Measure(PipelineStages.Store);
        await stories.SaveAsync(memberships, touched, ct);
        metrics.Count(StageName, StageStatus.Ok, memberships.Count);
        // Stories long closed are in the store; the clusterer need not keep them.
        if (memberships.Count > 0) clusterer.ForgetBefore(memberships.Max(m => m.PublishedAt) - 2 * clusterer.ClosingAge);
        return memberships.Count;
    }

    /// <summary>A clusterer holding the stories that can still take articles: those with an article within the closing age of the newest.</summary>
    private async Task<StoryClusterer> RestoreAsync(CancellationToken ct)
    {
        var clusterer = new StoryClusterer(firstStoryId: await stories.MaxStoryIdAsync(ct) + 1);
        if (await stories.NewestPublishedAsync(ct) is not { } newest) return clusterer;
        var restored = 0;
        foreach (var chunk in (await stories.ListPublishedSinceAsync(newest - clusterer.ClosingAge, ct)).Chunk(BatchSize))
        {
            var storyOf = chunk.ToDictionary(membership => membership.ArticleId, membership => membership.StoryId);
            foreach (var article in await articles.GetManyAsync(storyOf.Keys, ct))
            {
                clusterer.Restore(ToStoryArticle(article), storyOf[article.Id]);
                restored++;
            }
        }
        _logger.LogInformation("Story assignment restored {Count} articles of open stories", restored);
        return clusterer;
    }

    private static StoryArticle ToStoryArticle(Article article) => new(article.Id, PublishedAt(article), article.Language, article.Title, article.Text);

    private static DateTimeOffset PublishedAt(Article article) => article.PublishedAt ?? article.FetchedAt;

    public void Dispose() => _gate.Dispose();

    private static StoredStory ToStored(Story story) => new(story.Id, story.Label, story.Languages, story.FirstSeen, story.LastSeen, story.ArticleIds.Count);
}
