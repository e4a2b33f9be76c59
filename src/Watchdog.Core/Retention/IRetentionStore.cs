namespace Watchdog.Core.Retention;

/// <summary>
/// Deletes what is past the retention limit from a store's tables. Articles are counted by when Watchdog collected
/// them (<see cref="Articles.Article.FetchedAt"/>). Removing them from the search index is a second, durable step: the
/// store records each deleted id as pending until <see cref="ConfirmIndexRemovalsAsync"/>, so a crash in between (or an
/// index another process holds) leaves nothing behind for good.
/// </summary>
public interface IRetentionStore
{
    /// <summary>What <see cref="DeleteExpiredArticlesAsync"/> and <see cref="DeleteExpiredRecordsAsync"/> would delete now.</summary>
    Task<ExpiredCounts> CountExpiredAsync(DateTimeOffset cutoff, CancellationToken ct);

    /// <summary>
    /// Deletes up to <paramref name="limit"/> articles collected before <paramref name="cutoff"/>, oldest first, together
    /// with the alerts raised on them and those alerts' deliveries, and marks the articles pending removal from the index.
    /// </summary>
    Task<DeletedArticles> DeleteExpiredArticlesAsync(DateTimeOffset cutoff, int limit, CancellationToken ct);

    /// <summary>Removes ids of articles that no longer exist from the related-article lists of the remaining alerts.</summary>
    /// <returns>How many alerts were changed.</returns>
    Task<int> DetachDeletedArticlesAsync(CancellationToken ct);

    /// <summary>
    /// Deletes up to <paramref name="limit"/> finished work items (their payloads hold feed text) and fetch-log entries
    /// older than <paramref name="cutoff"/>.
    /// </summary>
    Task<DeletedRecords> DeleteExpiredRecordsAsync(DateTimeOffset cutoff, int limit, CancellationToken ct);

    Task<IReadOnlyList<long>> ListPendingIndexRemovalsAsync(int limit, CancellationToken ct);

    Task<long> CountPendingIndexRemovalsAsync(CancellationToken ct);

    /// <summary>The search index no longer has these articles.</summary>
    Task ConfirmIndexRemovalsAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct);
}

public sealed record ExpiredCounts(long Articles, long Alerts, long WorkItems, long FetchLogEntries);

/// <param name="ArticleIds">The deleted articles, now pending removal from the search index.</param>
public sealed record DeletedArticles(IReadOnlyList<long> ArticleIds, int Alerts);

public sealed record DeletedRecords(int WorkItems, int FetchLogEntries)
{
    public int Total => WorkItems + FetchLogEntries;
}
