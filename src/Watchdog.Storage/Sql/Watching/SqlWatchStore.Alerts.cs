using System.Data.Common;
using Watchdog.Core.Watching;

namespace Watchdog.Storage.Sql.Watching;

// Alerts and their deliveries.
public sealed partial class SqlWatchStore
{
    private const int MaxAlertPageSize = 500;

    public Task<Alert> AddAlertAsync(Alert alert, CancellationToken ct) =>
        database.WriteAsync((connection, tx) => InsertAlertAsync(connection, tx, alert, ct), ct);

    public Task<IReadOnlyList<NewAlert>> AddAlertsAsync(IReadOnlyList<NewAlert> alerts, CancellationToken ct) =>
        database.WriteAsync<IReadOnlyList<NewAlert>>(async (connection, tx) =>
        {
            var stored = new List<NewAlert>(alerts.Count);
            foreach (var (alert, deliveries) in alerts)
            {
                var storedAlert = await InsertAlertAsync(connection, tx, alert, ct);
                var storedDeliveries = new List<AlertDelivery>(deliveries.Count);
                foreach (var delivery in deliveries)
                {
                    storedDeliveries.Add(await InsertDeliveryAsync(connection, tx, delivery with { AlertId = storedAlert.Id }, ct));
                }
                stored.Add(new NewAlert(storedAlert, storedDeliveries));
            }
            return stored;
        }, ct);

    private async Task<Alert> InsertAlertAsync(DbConnection connection, DbTransaction tx, Alert alert, CancellationToken ct)
    {
        var stored = alert with { CreatedAt = alert.CreatedAt == default ? database.Clock.GetUtcNow() : alert.CreatedAt };
        var id = await connection.ScalarAsync<long>(
            """
            INSERT INTO alerts (query_id, article_id, story_key, created_at, title, url, passages, is_read, related_article_ids)
            VALUES (@query_id, @article_id, @story_key, @created_at, @title, @url, @passages, @is_read, @related_article_ids)
            RETURNING id
            """, tx, ct, WatchRows.Parameters(stored, _v));
        return stored with { Id = id };
    }

    public Task<Alert?> GetAlertAsync(long id, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleAsync($"SELECT {WatchRows.AlertColumns} FROM alerts WHERE id = @id", null,
            r => WatchRows.ReadAlert(r, _v), ct, ("@id", id)), ct);

    public async Task<IReadOnlyList<Alert>> FindAlertsByStoryAsync(string storyKey, DateTimeOffset since, CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync(
            $"""
             SELECT {WatchRows.AlertColumns} FROM alerts
             WHERE story_key = @story_key AND created_at >= @since
             ORDER BY created_at DESC, id DESC
             """, null, r => WatchRows.ReadAlert(r, _v), ct, ("@story_key", storyKey), ("@since", _v.Time(since))), ct);

    public Task AttachArticleAsync(long alertId, long articleId, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var alert = await connection.QuerySingleAsync($"SELECT {WatchRows.AlertColumns} FROM alerts WHERE id = @id", tx,
                r => WatchRows.ReadAlert(r, _v), ct, ("@id", alertId))
                ?? throw new KeyNotFoundException($"Alert {alertId} does not exist.");
            if (alert.RelatedArticleIds.Contains(articleId) || alert.ArticleId == articleId) return;
            await connection.ExecuteAsync("UPDATE alerts SET related_article_ids = @ids WHERE id = @id", tx, ct,
                ("@id", alertId), ("@ids", WatchRows.ToJson<long[]>([.. alert.RelatedArticleIds, articleId])));
        }, ct);

    public Task<AlertPage> ListAlertsAsync(AlertListRequest request, CancellationToken ct)
    {
        var page = Math.Max(1, request.Page);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxAlertPageSize);
        (string, object?)[] filters =
        [
            ("@unread_only", request.UnreadOnly), ("@query_id", request.QueryId), ("@after_id", request.AfterId),
            ("@limit", pageSize), ("@offset", (page - 1) * pageSize),
        ];
        const string Where =
            """
            WHERE (NOT @unread_only OR NOT is_read)
              AND (CAST(@query_id AS bigint) IS NULL OR query_id = @query_id)
              AND (CAST(@after_id AS bigint) IS NULL OR id > @after_id)
            """;
        return database.ReadAsync(async c =>
        {
            var total = await c.ScalarAsync<long>($"SELECT COUNT(*) FROM alerts {Where}", null, ct, filters);
            var alerts = await c.QueryAsync($"SELECT {WatchRows.AlertColumns} FROM alerts {Where} ORDER BY id DESC LIMIT @limit OFFSET @offset",
                null, r => WatchRows.ReadAlert(r, _v), ct, filters);
            return new AlertPage(total, page, pageSize, alerts);
        }, ct);
    }

    public Task<int> CountAlertsAsync(long queryId, DateTimeOffset since, CancellationToken ct) =>
        database.ReadAsync(c => c.ScalarAsync<int>("SELECT COUNT(*) FROM alerts WHERE query_id = @query_id AND created_at >= @since",
            null, ct, ("@query_id", queryId), ("@since", _v.Time(since))), ct);

    public Task<bool> MarkReadAsync(long alertId, bool read, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
            await connection.ExecuteAsync("UPDATE alerts SET is_read = @read WHERE id = @id", tx, ct, ("@id", alertId), ("@read", read)) == 1, ct);

    public Task<AlertDelivery> EnqueueDeliveryAsync(AlertDelivery delivery, CancellationToken ct) =>
        database.WriteAsync((connection, tx) => InsertDeliveryAsync(connection, tx, delivery, ct), ct);

    private async Task<AlertDelivery> InsertDeliveryAsync(DbConnection connection, DbTransaction tx, AlertDelivery delivery, CancellationToken ct)
    {
        var stored = delivery with { CreatedAt = delivery.CreatedAt == default ? database.Clock.GetUtcNow() : delivery.CreatedAt };
        var id = await connection.ScalarAsync<long>(
            """
            INSERT INTO alert_deliveries (alert_id, query_id, channel, address, status, attempts, next_attempt_at, created_at,
                                          delivered_at, last_error)
            VALUES (@alert_id, @query_id, @channel, @address, @status, @attempts, @next_attempt_at, @created_at, @delivered_at, @last_error)
            RETURNING id
            """, tx, ct, WatchRows.Parameters(stored, _v));
        return stored with { Id = id };
    }

    public async Task<IReadOnlyList<AlertDelivery>> ListDueDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync(
            $"""
             SELECT {WatchRows.DeliveryColumns} FROM alert_deliveries
             WHERE status IN ('Pending', 'Failed') AND next_attempt_at <= @now
             ORDER BY next_attempt_at, id LIMIT @limit
             """, null, r => WatchRows.ReadDelivery(r, _v), ct, ("@now", _v.Time(now)), ("@limit", limit)), ct);

    public async Task<IReadOnlyList<AlertDelivery>> ListDeliveriesAsync(long? alertId, DeliveryStatus? status, int limit, CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync(
            $"""
             SELECT {WatchRows.DeliveryColumns} FROM alert_deliveries
             WHERE (CAST(@alert_id AS bigint) IS NULL OR alert_id = @alert_id)
               AND (CAST(@status AS text) IS NULL OR status = @status)
             ORDER BY id DESC LIMIT @limit
             """, null, r => WatchRows.ReadDelivery(r, _v), ct,
            ("@alert_id", alertId), ("@status", status?.ToString()), ("@limit", limit)), ct);

    public Task UpdateDeliveryAsync(AlertDelivery delivery, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var changed = await connection.ExecuteAsync(
                """
                UPDATE alert_deliveries SET alert_id = @alert_id, query_id = @query_id, channel = @channel, address = @address,
                    status = @status, attempts = @attempts, next_attempt_at = @next_attempt_at, delivered_at = @delivered_at,
                    last_error = @last_error
                WHERE id = @id
                """, tx, ct, WatchRows.Parameters(delivery, _v));
            if (changed == 0) throw new KeyNotFoundException($"Delivery {delivery.Id} does not exist.");
        }, ct);
}
