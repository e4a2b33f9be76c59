using System.Data.Common;
using System.Runtime.CompilerServices;
using Watchdog.Core.Articles;
using Watchdog.Core.Storage;
using Watchdog.Storage.Sql.Retention;
using Watchdog.Storage.Sql.Rows;

namespace Watchdog.Storage.Sql.Stores;

/// <summary>
/// Articles, deduplicated by canonical URL and exact content hash, with an <c>indexed</c> flag for crash-safe
/// indexing. The SQL is the same for SQLite and PostgreSQL.
/// </summary>
public sealed class SqlArticleStore(ISqlDatabase database) : IArticleStore
{
    private const int ScanBatch = 500;

    /// <summary>Ids per IN list of <see cref="GetManyAsync"/>: one parameter each, well below SQLite's and PostgreSQL's limits.</summary>
    private const int IdsPerQuery = 500;
    private readonly ISqlValues _v = database.Values;

    /// <remarks>
    /// ON CONFLICT DO NOTHING covers both unique keys, and in PostgreSQL waits for a concurrent insert of the same
    /// article, so two workers adding it at once store it once; the loser then reads the winner's row.
    /// </remarks>
    public Task<ArticleAddResult> AddAsync(Article article, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var ids = await connection.QueryAsync(
                $"INSERT INTO articles ({ArticleRow.InsertColumns}) VALUES ({ArticleRow.Values}) ON CONFLICT DO NOTHING RETURNING id",
                tx, r => r.Int64("id"), ct, ArticleRow.Parameters(article, _v));
            if (ids.Count == 1) return new ArticleAddResult(article with { Id = ids[0] }, Added: true, DuplicateOf: null);
            return await FindDuplicateAsync(connection, tx, article, ct);
        }, ct);

    public Task<IReadOnlyList<Article>> AddNewAsync(IReadOnlyList<Article> articles, CancellationToken ct) =>
        database.WriteAsync<IReadOnlyList<Article>>(async (connection, tx) =>
        {
            var added = new List<Article>(articles.Count);
            foreach (var article in articles)
            {
                var ids = await connection.QueryAsync(
                    $"INSERT INTO articles ({ArticleRow.InsertColumns}) VALUES ({ArticleRow.Values}) ON CONFLICT DO NOTHING RETURNING id",
                    tx, r => r.Int64("id"), ct, ArticleRow.Parameters(article, _v));
                if (ids.Count == 1) added.Add(article with { Id = ids[0] });
            }
            return added;
        }, ct);

    public Task<Article?> GetAsync(long id, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleAsync($"SELECT {ArticleRow.Columns} FROM articles WHERE id = @id", null, Read, ct,
            ("@id", id)), ct);

    public async Task<IReadOnlyList<Article>> GetManyAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var articles = new List<Article>(ids.Count);
        foreach (var chunk in ids.Distinct().Chunk(IdsPerQuery))
        {
            var list = SqlInList.Of("a", chunk);
            articles.AddRange(await database.ReadAsync(c => c.QueryAsync($"SELECT {ArticleRow.Columns} FROM articles WHERE id IN {list.Sql}", null, Read, ct,
                list.Parameters), ct));
        }
        articles.Sort((first, second) => first.Id.CompareTo(second.Id));
        return articles;
    }

    public Task<Article?> FindByCanonicalUrlAsync(Uri canonicalUrl, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleAsync($"SELECT {ArticleRow.Columns} FROM articles WHERE canonical_url = @url", null,
            Read, ct, ("@url", canonicalUrl.AbsoluteUri)), ct);

    public async Task<IReadOnlyList<Article>> LatestAsync(int limit, long? sourceId, CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync(
            $"""
             SELECT {ArticleRow.Columns} FROM articles
             WHERE CAST(@source_id AS bigint) IS NULL OR source_id = @source_id
             ORDER BY coalesce(published_at, fetched_at) DESC, id DESC
             LIMIT @limit
             """, null, Read, ct, ("@source_id", sourceId), ("@limit", limit)), ct);

    public Task<long> CountAsync(CancellationToken ct) =>
        database.ReadAsync(c => c.ScalarAsync<long>("SELECT COUNT(*) FROM articles", null, ct), ct);

    public async Task<IReadOnlyList<Article>> ListUnindexedAsync(int limit, CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync(
            $"SELECT {ArticleRow.Columns} FROM articles WHERE NOT indexed ORDER BY id LIMIT @limit", null, Read, ct,
            ("@limit", limit)), ct);

    public Task MarkIndexedAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            foreach (var id in ids) await connection.ExecuteAsync("UPDATE articles SET indexed = true WHERE id = @id", tx, ct, ("@id", id));
        }, ct);

    /// <summary>How many articles wait for the search index.</summary>
    public Task<long> CountUnindexedAsync(CancellationToken ct) =>
        database.ReadAsync(c => c.ScalarAsync<long>("SELECT COUNT(*) FROM articles WHERE NOT indexed", null, ct), ct);

    /// <summary>Every article's id with whether it counts as indexed, for reconciling the store with the search index.</summary>
    public async Task<IReadOnlyDictionary<long, bool>> ListIndexFlagsAsync(CancellationToken ct) =>
        (await database.ReadAsync(c => c.QueryAsync("SELECT id, CASE WHEN indexed THEN 1 ELSE 0 END AS indexed FROM articles", null,
            r => (Id: r.Int64("id"), Indexed: r.Int32("indexed") == 1), ct), ct)).ToDictionary(a => a.Id, a => a.Indexed);

    /// <summary>Which of <paramref name="ids"/> are stored articles now.</summary>
    public Task<IReadOnlySet<long>> ExistingAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        database.ReadAsync<IReadOnlySet<long>>(async c =>
        {
            var existing = new HashSet<long>();
            foreach (var id in ids)
                if (await c.ScalarAsync<long>("SELECT COUNT(*) FROM articles WHERE id = @id", null, ct, ("@id", id)) > 0) existing.Add(id);
            return existing;
        }, ct);

    /// <summary>Clears the indexed flag of these articles, so the indexer puts them in the search index again.</summary>
    /// <returns>How many were marked.</returns>
    public Task<int> MarkUnindexedAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var marked = 0;
            foreach (var id in ids) marked += await connection.ExecuteAsync("UPDATE articles SET indexed = false WHERE id = @id", tx, ct, ("@id", id));
            return marked;
        }, ct);

    /// <summary>Clears every article's indexed flag, so the indexer puts them all in the search index again.</summary>
    /// <returns>How many articles were marked.</returns>
    public Task<int> MarkAllUnindexedAsync(CancellationToken ct) =>
        database.WriteAsync((connection, tx) => connection.ExecuteAsync("UPDATE articles SET indexed = false WHERE indexed", tx, ct), ct);

    public async IAsyncEnumerable<Article> ScanAsync([EnumeratorCancellation] CancellationToken ct)
    {
        // Keyset pages, so no read transaction stays open while the caller works through a large store.
        var after = 0L;
        while (true)
        {
            var page = await database.ReadAsync(c => c.QueryAsync(
                $"SELECT {ArticleRow.Columns} FROM articles WHERE id > @after ORDER BY id LIMIT @limit", null, Read, ct,
                ("@after", after), ("@limit", ScanBatch)), ct);
            foreach (var article in page) yield return article;
            if (page.Count < ScanBatch) yield break;
            after = page[^1].Id;
        }
    }

    /// <remarks>Clears the indexed flag: the changed article must be indexed again.</remarks>
    public Task UpdateAsync(Article article, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var changed = await connection.ExecuteAsync($"UPDATE articles SET {ArticleRow.Assignments}, indexed = false WHERE id = @id",
                tx, ct, ArticleRow.Parameters(article, _v));
            if (changed == 0) throw new KeyNotFoundException($"Article {article.Id} does not exist.");
        }, ct);

    private async Task<ArticleAddResult> FindDuplicateAsync(DbConnection connection, DbTransaction tx, Article article, CancellationToken ct)
    {
        var byUrl = await connection.QuerySingleAsync($"SELECT {ArticleRow.Columns} FROM articles WHERE canonical_url = @url", tx,
            Read, ct, ("@url", article.CanonicalUrl.AbsoluteUri));
        if (byUrl is not null) return new ArticleAddResult(byUrl, Added: false, ArticleDuplicate.CanonicalUrl);
        var byHash = await connection.QuerySingleAsync($"SELECT {ArticleRow.Columns} FROM articles WHERE content_hash = @hash", tx,
            Read, ct, ("@hash", article.ContentHash))
            ?? throw new InvalidOperationException($"Article {article.CanonicalUrl} conflicted with a row that is no longer there.");
        return new ArticleAddResult(byHash, Added: false, ArticleDuplicate.ContentHash);
    }

    private Article Read(DbDataReader r) => ArticleRow.Read(r, _v);
}
