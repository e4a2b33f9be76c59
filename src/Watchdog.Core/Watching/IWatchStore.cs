namespace Watchdog.Core.Watching;

/// <summary>Watchlists, standing queries, alerts and their deliveries.</summary>
public interface IWatchStore
{
    /// <summary>Inserts when <see cref="Watchlist.Id"/> is 0, else replaces the list and its entries.</summary>
    /// <returns>The stored list with its id.</returns>
    /// <exception cref="InvalidOperationException">Another list already has the same name.</exception>
    Task<Watchlist> SaveWatchlistAsync(Watchlist watchlist, CancellationToken ct);
    Task<Watchlist?> GetWatchlistAsync(long id, CancellationToken ct);
    /// <summary>Names compare case-insensitively.</summary>
    Task<Watchlist?> FindWatchlistAsync(string name, CancellationToken ct);
    Task<IReadOnlyList<Watchlist>> ListWatchlistsAsync(CancellationToken ct);
    Task<bool> RemoveWatchlistAsync(long id, CancellationToken ct);

    /// <summary>Inserts when <see cref="StandingQuery.Id"/> is 0, else replaces it.</summary>
    Task<StandingQuery> SaveQueryAsync(StandingQuery query, CancellationToken ct);
    Task<StandingQuery?> GetQueryAsync(long id, CancellationToken ct);
    Task<IReadOnlyList<StandingQuery>> ListQueriesAsync(CancellationToken ct);
    Task<bool> RemoveQueryAsync(long id, CancellationToken ct);

    /// <summary>
    /// Changes whenever a watchlist or standing query is saved or removed, by any process sharing the store: a matcher
    /// compares it with the revision it compiled to know, with one cheap read, whether it must recompile.
    /// </summary>
    Task<long> GetRevisionAsync(CancellationToken ct);

    /// <returns>The stored alert with its id.</returns>
    Task<Alert> AddAlertAsync(Alert alert, CancellationToken ct);
    Task<Alert?> GetAlertAsync(long id, CancellationToken ct);
    /// <summary>
    /// Stores alerts with their deliveries in one transaction (all or none); each delivery's <see cref="AlertDelivery.AlertId"/>
    /// is set to its alert's new id. One write per article however many queries it matched.
    /// </summary>
    Task<IReadOnlyList<NewAlert>> AddAlertsAsync(IReadOnlyList<NewAlert> alerts, CancellationToken ct);
    /// <summary>Alerts of any query for the story created at or after <paramref name="since"/>, newest first.</summary>
    Task<IReadOnlyList<Alert>> FindAlertsByStoryAsync(string storyKey, DateTimeOffset since, CancellationToken ct);
    /// <summary>Appends to <see cref="Alert.RelatedArticleIds"/> (ignored when already there).</summary>
    Task AttachArticleAsync(long alertId, long articleId, CancellationToken ct);
    Task<AlertPage> ListAlertsAsync(AlertListRequest request, CancellationToken ct);
    Task<int> CountAlertsAsync(long queryId, DateTimeOffset since, CancellationToken ct);
    Task<bool> MarkReadAsync(long alertId, bool read, CancellationToken ct);

    /// <returns>The stored delivery with its id.</returns>
    Task<AlertDelivery> EnqueueDeliveryAsync(AlertDelivery delivery, CancellationToken ct);
    /// <summary>Pending or failed deliveries whose <see cref="AlertDelivery.NextAttemptAt"/> is at or before <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<AlertDelivery>> ListDueDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken ct);
    /// <summary>Newest first; every filter is optional.</summary>
    Task<IReadOnlyList<AlertDelivery>> ListDeliveriesAsync(long? alertId, DeliveryStatus? status, int limit, CancellationToken ct);
    Task UpdateDeliveryAsync(AlertDelivery delivery, CancellationToken ct);
}

/// <summary>An alert to store with the deliveries it is to be sent by.</summary>
public sealed record NewAlert(Alert Alert, IReadOnlyList<AlertDelivery> Deliveries);

/// <summary>Newest first. <see cref="AfterId"/> returns only alerts newer than it (for <c>alerts tail</c>).</summary>
public sealed record AlertListRequest
{
    public bool UnreadOnly { get; init; }
    public long? QueryId { get; init; }
    public long? AfterId { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}

public sealed record AlertPage(long Total, int Page, int PageSize, IReadOnlyList<Alert> Alerts);
