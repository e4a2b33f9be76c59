namespace Watchdog.Core.Stories;

/// <summary>An article's place in a story, given once at ingest.</summary>
/// <param name="SimHash">Fingerprint of the article's text (near duplicates are a few bits apart); 0 for a text without words.</param>
/// <param name="PublishedAt">When the article was published (when fetched, if it gives no date): the story's timeline orders by it.</param>
public sealed record StoryMembership(long ArticleId, int StoryId, ulong SimHash, DateTimeOffset PublishedAt);

/// <summary>A story as stored: its words and span, updated as articles join.</summary>
/// <param name="Label">The words that weigh most in its articles, most telling first.</param>
/// <param name="Size">Articles in it, all sources and languages.</param>
public sealed record StoredStory(int Id, IReadOnlyList<string> Label, IReadOnlyList<string> Languages, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int Size);

/// <summary>Story ids of articles, assigned incrementally at ingest, and the stories themselves.</summary>
public interface IStoryStore
{
    /// <summary>
    /// Takes or renews the lease that lets one process assign stories: granted when nobody holds it, when
    /// <paramref name="holder"/> already does, or when the holder let it expire.
    /// </summary>
    /// <returns>Whether <paramref name="holder"/> holds the lease until <paramref name="until"/>.</returns>
    Task<bool> TryLeaseAsync(string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken ct);

    /// <summary>Ids of stored articles that have no story yet, lowest (earliest stored) first.</summary>
    Task<IReadOnlyList<long>> ListUnassignedAsync(int limit, CancellationToken ct);

    /// <summary>
    /// Records the memberships and the stories' new state in one transaction. A membership of an article that already
    /// has one, or that no longer exists (retention), is skipped: a story id, once given, does not change.
    /// </summary>
    Task SaveAsync(IReadOnlyList<StoryMembership> memberships, IReadOnlyList<StoredStory> stories, CancellationToken ct);

    /// <summary>Memberships of articles published at or after <paramref name="since"/>, by article id: what a restarting assigner puts back.</summary>
    Task<IReadOnlyList<StoryMembership>> ListPublishedSinceAsync(DateTimeOffset since, CancellationToken ct);

    /// <summary>The latest publication time of an article with a story; null when none has one.</summary>
    Task<DateTimeOffset?> NewestPublishedAsync(CancellationToken ct);

    /// <summary>The largest story id given so far; 0 when none.</summary>
    Task<int> MaxStoryIdAsync(CancellationToken ct);

    /// <summary>The memberships of those of the articles that have one.</summary>
    Task<IReadOnlyDictionary<long, StoryMembership>> GetMembershipsAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct);

    /// <summary>Every membership of the stories, by story id.</summary>
    Task<IReadOnlyList<StoryMembership>> ListMembersAsync(IReadOnlyCollection<int> storyIds, CancellationToken ct);

    Task<IReadOnlyDictionary<int, StoredStory>> GetStoriesAsync(IReadOnlyCollection<int> storyIds, CancellationToken ct);
}
