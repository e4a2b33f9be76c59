using System.Text.Json;
using Watchdog.Core.Retention;
using Watchdog.Storage.Sql.Watching;

namespace Watchdog.Storage.Sql.Retention;

/// <summary>
/// Deletes expired articles, the alerts raised on them, finished work items and old fetch-log entries, in either SQL
/// backend. Each call is one transaction over a bounded batch, so a large first purge never holds the write lock for long.
/// </summary>
/// <remarks>
/// Old rows are found by walking the primary key in order (ids grow with time), which stops as soon as a batch is
/// full and needs no extra index on the hot tables of the ingest path.
/// </remarks>
public sealed class SqlRetentionStore(ISqlDatabase database) : IRetentionStore
{
    private readonly ISqlValues _v = database.Values;

    public Task<ExpiredCounts> CountExpiredAsync(DateTimeOffset cutoff, CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var at = ("@cutoff", _v.Time(cutoff));
            return new ExpiredCounts(
                await c.ScalarAsync<long>("SELECT COUNT(*) FROM articles WHERE fetched_at < @cutoff", null, ct, at),
                await c.ScalarAsync<long>("SELECT COUNT(*) FROM alerts WHERE article_id IN (SELECT id FROM articles WHERE fetched_at < @cutoff)", null, ct, at),
                await c.ScalarAsync<long>("SELECT COUNT(*) FROM work_items WHERE state IN ('done', 'quarantined') AND finished_at < @cutoff", null, ct, at),
                await c.ScalarAsync<long>("SELECT COUNT(*) FROM fetch_log WHERE at < @cutoff", null, ct, at));
        }, ct);

    public Task<DeletedArticles> DeleteExpiredArticlesAsync(DateTimeOffset cutoff, int limit, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var ids = await connection.QueryAsync("SELECT id FROM articles WHERE fetched_at < @cutoff ORDER BY id LIMIT @limit", tx,
                r => r.Int64("id"), ct, ("@cutoff", _v.Time(cutoff)), ("@limit", limit));
            if (ids.Count == 0) return new DeletedArticles([], 0);
            var articles = SqlInList.Of("a", ids);
            var alertIds = await connection.QueryAsync($"SELECT id FROM alerts WHERE article_id IN {articles.Sql}", tx, r => r.Int64("id"), ct,
                articles.Parameters);
            if (alertIds.Count > 0)
            {
                // An alert quotes passages of its article: it goes with the article, or the limit would not hold.
                var alerts = SqlInList.Of("l", alertIds);
                await connection.ExecuteAsync($"DELETE FROM alert_deliveries WHERE alert_id IN {alerts.Sql}", tx, ct, alerts.Parameters);
                await connection.ExecuteAsync($"DELETE FROM alerts WHERE id IN {alerts.Sql}", tx, ct, alerts.Parameters);
            }
            await connection.ExecuteAsync(
                $"INSERT INTO search_removals (article_id, deleted_at) SELECT id, @now FROM articles WHERE id IN {articles.Sql} ON CONFLICT DO NOTHING",
                tx, ct, [.. articles.Parameters, ("@now", database.Now())]);
            // Explicitly rather than only by the cascade, so memberships go even where foreign keys are not enforced; a story
            // left without articles goes too (its label is words of them).
            var stories = await connection.QueryAsync($"SELECT DISTINCT story_id FROM article_stories WHERE article_id IN {articles.Sql}", tx,
                r => r.Int32("story_id"), ct, articles.Parameters);
            await connection.ExecuteAsync($"DELETE FROM article_stories WHERE article_id IN {articles.Sql}", tx, ct, articles.Parameters);
            if (stories.Count > 0)
            {
                var emptied = SqlInList.Of("s", stories);
                await connection.ExecuteAsync(
                    $"DELETE FROM stories WHERE id IN {emptied.Sql} AND NOT EXISTS (SELECT 1 FROM article_stories m WHERE m.story_id = stories.id)",
                    tx, ct, emptied.Parameters);
            }
            await connection.ExecuteAsync($"DELETE FROM articles WHERE id IN {articles.Sql}", tx, ct, articles.Parameters);
            return new DeletedArticles(ids, alertIds.Count);
        }, ct);

    public async Task<int> DetachDeletedArticlesAsync(CancellationToken ct)
    {
        const int PageSize = 200;
        var changed = 0;
        var after = 0L;
        while (true)
        {
            var page = await database.ReadAsync(c => c.QueryAsync(
                "SELECT id, related_article_ids FROM alerts WHERE id > @after AND related_article_ids <> '[]' ORDER BY id LIMIT @limit", null,
                r => (Id: r.Int64("id"), Json: r.Text("related_article_ids")), ct, ("@after", after), ("@limit", PageSize)), ct);
            if (page.Count == 0) return changed;
            changed += await DetachFromPageAsync(page, ct);
            if (page.Count < PageSize) return changed;
            after = page[^1].Id;
        }
    }

    public Task<DeletedRecords> DeleteExpiredRecordsAsync(DateTimeOffset cutoff, int limit, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            (string, object?)[] bounds = [("@cutoff", _v.Time(cutoff)), ("@limit", limit)];
            // Only finished items: pending and leased ones are work still to do, whatever their age.
            var workItems = await connection.ExecuteAsync(
                """
                DELETE FROM work_items WHERE id IN (
                    SELECT id FROM work_items WHERE state IN ('done', 'quarantined') AND finished_at < @cutoff ORDER BY id LIMIT @limit)
                """, tx, ct, bounds);
            var fetchLog = await connection.ExecuteAsync(
                "DELETE FROM fetch_log WHERE id IN (SELECT id FROM fetch_log WHERE at < @cutoff ORDER BY id LIMIT @limit)", tx, ct, bounds);
            return new DeletedRecords(workItems, fetchLog);
        }, ct);

    /// <remarks>
    /// SQLite may give a new article the id of the newest one deleted. Such an id no longer needs removing: indexing the
    /// new article replaces the document under it. Those marks are dropped here rather than listed.
    /// </remarks>
    public async Task<IReadOnlyList<long>> ListPendingIndexRemovalsAsync(int limit, CancellationToken ct)
    {
        // Asked at every poll by the service: the common answer, none, costs one read and no write transaction.
        if (await CountPendingIndexRemovalsAsync(ct) == 0) return [];
        return await database.WriteAsync(async (connection, tx) =>
        {
            await connection.ExecuteAsync("DELETE FROM search_removals WHERE article_id IN (SELECT id FROM articles)", tx, ct);
            return await connection.QueryAsync("SELECT article_id FROM search_removals ORDER BY article_id LIMIT @limit", tx,
                r => r.Int64("article_id"), ct, ("@limit", limit));
        }, ct);
    }

    public Task<long> CountPendingIndexRemovalsAsync(CancellationToken ct) =>
        database.ReadAsync(c => c.ScalarAsync<long>("SELECT COUNT(*) FROM search_removals", null, ct), ct);

    public Task ConfirmIndexRemovalsAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct)
    {
        if (articleIds.Count == 0) return Task.CompletedTask;
        var ids = SqlInList.Of("a", articleIds);
        return database.WriteAsync((connection, tx) =>
            connection.ExecuteAsync($"DELETE FROM search_removals WHERE article_id IN {ids.Sql}", tx, ct, ids.Parameters), ct);
    }

    private async Task<int> DetachFromPageAsync(IReadOnlyList<(long Id, string Json)> alerts, CancellationToken ct)
    {
        var lists = alerts.Select(a => (a.Id, a.Json, Related: JsonSerializer.Deserialize<long[]>(a.Json) ?? [])).ToList();
        var referenced = lists.SelectMany(a => a.Related).Distinct().ToList();
        var existing = await ExistingArticlesAsync(referenced, ct);
        var changed = 0;
        foreach (var (id, json, related) in lists)
        {
            var kept = related.Where(existing.Contains).ToArray();
            if (kept.Length == related.Length) continue;
            // Only if unchanged since read: an article attached meanwhile must not be lost; the next run looks again.
            changed += await database.WriteAsync((connection, tx) => connection.ExecuteAsync(
                "UPDATE alerts SET related_article_ids = @kept WHERE id = @id AND related_article_ids = @seen", tx, ct,
                ("@id", id), ("@kept", WatchRows.ToJson(kept)), ("@seen", json)), ct);
        }
        return changed;
    }

    private Task<HashSet<long>> ExistingArticlesAsync(IReadOnlyList<long> ids, CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var existing = new HashSet<long>();
            foreach (var chunk in ids.Chunk(500))
            {
                var list = SqlInList.Of("a", chunk);
                existing.UnionWith(await c.QueryAsync($"SELECT id FROM articles WHERE id IN {list.Sql}", null, r => r.Int64("id"), ct, list.Parameters));
            }
            return existing;
        }, ct);
}
