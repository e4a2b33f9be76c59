using Watchdog.Core.Watching;

namespace Watchdog.Watch.Tests.Support;

/// <summary>A thread-safe in-memory <see cref="IWatchStore"/> for tests of the alert logic.</summary>
public sealed class InMemoryWatchStore : IWatchStore
{
    private readonly Lock _lock = new();
    private readonly List<Watchlist> _watchlists = [];
    private readonly List<StandingQuery> _queries = [];
    private readonly List<Alert> _alerts = [];
    private readonly List<AlertDelivery> _deliveries = [];
    private long _nextId = 1;
    private long _revision;

    public IReadOnlyList<AlertDelivery> Deliveries { get { lock (_lock) return _deliveries.ToArray(); } }
    public IReadOnlyList<Alert> Alerts { get { lock (_lock) return _alerts.ToArray(); } }

    public Task<Watchlist> SaveWatchlistAsync(Watchlist watchlist, CancellationToken ct) =>
        Task.FromResult(Changed(Save(_watchlists, watchlist, w => w.Id, (w, id) => w with { Id = id })));

    public Task<Watchlist?> GetWatchlistAsync(long id, CancellationToken ct) => Task.FromResult(Locked(() => _watchlists.Find(w => w.Id == id)));

    public Task<Watchlist?> FindWatchlistAsync(string name, CancellationToken ct) =>
        Task.FromResult(Locked(() => _watchlists.Find(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase))));

    public Task<IReadOnlyList<Watchlist>> ListWatchlistsAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<Watchlist>>(Locked(() => _watchlists.ToArray()));

    public Task<bool> RemoveWatchlistAsync(long id, CancellationToken ct) => Task.FromResult(Changed(Locked(() => _watchlists.RemoveAll(w => w.Id == id) > 0)));

    public Task<StandingQuery> SaveQueryAsync(StandingQuery query, CancellationToken ct) =>
        Task.FromResult(Changed(Save(_queries, query, q => q.Id, (q, id) => q with { Id = id })));

    public Task<StandingQuery?> GetQueryAsync(long id, CancellationToken ct) => Task.FromResult(Locked(() => _queries.Find(q => q.Id == id)));

    public Task<IReadOnlyList<StandingQuery>> ListQueriesAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<StandingQuery>>(Locked(() => _queries.ToArray()));

    public Task<bool> RemoveQueryAsync(long id, CancellationToken ct) => Task.FromResult(Changed(Locked(() => _queries.RemoveAll(q => q.Id == id) > 0)));

    public Task<long> GetRevisionAsync(CancellationToken ct) => Task.FromResult(Interlocked.Read(ref _revision));

    public Task<Alert> AddAlertAsync(Alert alert, CancellationToken ct) => Task.FromResult(Save(_alerts, alert, a => 0, (a, id) => a with { Id = id }));

    public Task<Alert?> GetAlertAsync(long id, CancellationToken ct) => Task.FromResult(Locked(() => _alerts.Find(a => a.Id == id)));

    public Task<IReadOnlyList<Alert>> FindAlertsByStoryAsync(string storyKey, DateTimeOffset since, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Alert>>(Locked(() => _alerts.Where(a => a.StoryKey == storyKey && a.CreatedAt >= since).Reverse().ToArray()));

    public async Task<IReadOnlyList<NewAlert>> AddAlertsAsync(IReadOnlyList<NewAlert> alerts, CancellationToken ct)
    {
        var stored = new List<NewAlert>(alerts.Count);
        foreach (var (alert, deliveries) in alerts)
        {
            var storedAlert = await AddAlertAsync(alert, ct);
            var storedDeliveries = new List<AlertDelivery>();
            foreach (var delivery in deliveries) storedDeliveries.Add(await EnqueueDeliveryAsync(delivery with { AlertId = storedAlert.Id }, ct));
            stored.Add(new NewAlert(storedAlert, storedDeliveries));
        }
        return stored;
    }

    public Task AttachArticleAsync(long alertId, long articleId, CancellationToken ct)
    {
        lock (_lock)
        {
            var index = _alerts.FindIndex(a => a.Id == alertId);
            if (index >= 0 && !_alerts[index].RelatedArticleIds.Contains(articleId))
                _alerts[index] = _alerts[index] with { RelatedArticleIds = [.. _alerts[index].RelatedArticleIds, articleId] };
        }
        return Task.CompletedTask;
    }

    public Task<AlertPage> ListAlertsAsync(AlertListRequest request, CancellationToken ct)
    {
        lock (_lock)
        {
            var selected = _alerts.Where(a => (!request.UnreadOnly || !a.Read) && (request.QueryId is null || a.QueryId == request.QueryId)
                && (request.AfterId is null || a.Id > request.AfterId)).OrderByDescending(a => a.Id).ToArray();
            var page = selected.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToArray();
            return Task.FromResult(new AlertPage(selected.Length, request.Page, request.PageSize, page));
        }
    }

    public Task<int> CountAlertsAsync(long queryId, DateTimeOffset since, CancellationToken ct) =>
        Task.FromResult(Locked(() => _alerts.Count(a => a.QueryId == queryId && a.CreatedAt >= since)));

    public Task<bool> MarkReadAsync(long alertId, bool read, CancellationToken ct)
    {
        lock (_lock)
        {
            var index = _alerts.FindIndex(a => a.Id == alertId);
            if (index < 0) return Task.FromResult(false);
            _alerts[index] = _alerts[index] with { Read = read };
            return Task.FromResult(true);
        }
    }

    public Task<AlertDelivery> EnqueueDeliveryAsync(AlertDelivery delivery, CancellationToken ct) =>
        Task.FromResult(Save(_deliveries, delivery, d => 0, (d, id) => d with { Id = id }));

    public Task<IReadOnlyList<AlertDelivery>> ListDueDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AlertDelivery>>(Locked(() => _deliveries
            .Where(d => d.Status is DeliveryStatus.Pending or DeliveryStatus.Failed && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Take(limit).ToArray()));

    public Task<IReadOnlyList<AlertDelivery>> ListDeliveriesAsync(long? alertId, DeliveryStatus? status, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AlertDelivery>>(Locked(() => _deliveries
            .Where(d => (alertId is null || d.AlertId == alertId) && (status is null || d.Status == status))
            .OrderByDescending(d => d.Id).Take(limit).ToArray()));

    public Task UpdateDeliveryAsync(AlertDelivery delivery, CancellationToken ct)
    {
        lock (_lock)
        {
            var index = _deliveries.FindIndex(d => d.Id == delivery.Id);
            if (index < 0) throw new InvalidOperationException($"no delivery {delivery.Id}");
            _deliveries[index] = delivery;
        }
        return Task.CompletedTask;
    }

    private T Save<T>(List<T> items, T item, Func<T, long> idOf, Func<T, long, T> withId)
    {
        lock (_lock)
        {
            var id = idOf(item);
            if (id != 0)
            {
                var index = items.FindIndex(existing => idOf(existing) == id);
                if (index >= 0)
                {
                    items[index] = item;
                    return item;
                }
            }
            var stored = withId(item, _nextId++);
            items.Add(stored);
            return stored;
        }
    }

    private T Changed<T>(T result)
    {
        Interlocked.Increment(ref _revision);
        return result;
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_lock) return read();
    }
}
