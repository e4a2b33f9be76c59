using System.Data.Common;
using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Storage.Postgres.Search;
using Watchdog.Storage.Search;
using Watchdog.Storage.Sql;
using Watchdog.Storage.Sql.Watching;

namespace Watchdog.Storage.Postgres;

/// <summary>
/// Full-text search in PostgreSQL: a weighted tsvector per article (title A, text B) built from Watchdog's own word keys
/// (<see cref="SearchVector"/>), a GIN index, and snippets marked by the same keys (<see cref="KeyHighlighter"/>).
/// Queries are in Watchdog's query language, read as standing queries are (<see cref="SearchQueryReader"/>) and
/// translated by <see cref="PostgresQueryTranslator"/>, so search finds what the embedded store finds.
/// </summary>
public sealed class PostgresSearchIndex : ISearchIndex
{
    private const int MaxPageSize = 100;

    /// <summary>The request's own filters, besides what the query says.</summary>
    private const string RequestFilters =
        """
          AND (@source_id::bigint IS NULL OR d.source_id = @source_id)
          AND (@language::text IS NULL OR d.language = @language)
          AND (@from::timestamptz IS NULL OR d.sort_at >= @from)
          AND (@to::timestamptz IS NULL OR d.sort_at <= @to)
        """;

    private readonly PostgresDatabase _database;
    private readonly SearchQueryReader _queries;

    /// <summary>Watchlists for <c>@name</c> are read from the same database.</summary>
    public PostgresSearchIndex(PostgresDatabase database)
    {
        _database = database;
        _queries = new SearchQueryReader(new SqlWatchStore(database));
    }

    public Task IndexAsync(IReadOnlyCollection<Article> articles, CancellationToken ct) =>
        _database.WriteAsync(async (connection, tx) =>
        {
            foreach (var a in articles)
            {
                var languageKey = ArticleFields.LanguageKey(a.Language);
                await connection.ExecuteAsync(
                    """
                    INSERT INTO search_documents (article_id, source_id, language, language_key, title, text, document, url, published_at, sort_at, tags, source_names)
                    VALUES (@id, @source_id, @language, @language_key, @title, @text, @document::tsvector, @url, @published_at, @sort_at, @tags, @source_names)
                    ON CONFLICT (article_id) DO UPDATE SET source_id = excluded.source_id, language = excluded.language,
                        language_key = excluded.language_key, title = excluded.title, text = excluded.text, document = excluded.document,
                        url = excluded.url, published_at = excluded.published_at, sort_at = excluded.sort_at, tags = excluded.tags,
                        source_names = excluded.source_names
                    """, tx, ct,
                    ("@id", a.Id), ("@source_id", a.SourceId), ("@language", a.Language.ToLowerInvariant()),
                    ("@language_key", languageKey), ("@title", a.Title), ("@text", a.Text),
                    ("@document", SearchVector.Of(a.Title, a.Text, languageKey)),
                    ("@url", a.Url.AbsoluteUri), ("@published_at", a.PublishedAt?.ToUniversalTime()),
                    ("@sort_at", (a.PublishedAt ?? a.FetchedAt).ToUniversalTime()),
                    ("@tags", a.Tags.Select(tag => tag.Trim().ToLowerInvariant()).Distinct().ToArray()),
                    ("@source_names", ArticleSourceNames.Of(a).ToArray()));
            }
        }, ct);

    public Task DeleteAsync(long articleId, CancellationToken ct) =>
        _database.WriteAsync((connection, tx) =>
            connection.ExecuteAsync("DELETE FROM search_documents WHERE article_id = @id", tx, ct, ("@id", articleId)), ct);

    public Task DeleteAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct) =>
        articleIds.Count == 0
            ? Task.CompletedTask
            : _database.WriteAsync((connection, tx) => connection.ExecuteAsync("DELETE FROM search_documents WHERE article_id = ANY(@ids)", tx, ct,
                ("@ids", articleIds.ToArray())), ct);

    /// <exception cref="InvalidQueryException">The query is not valid in the query language; the position points at the problem.</exception>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var query = PostgresQueryTranslator.Translate(await _queries.ReadAsync(request.Query, ct));
        var page = Math.Max(1, request.Page);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var order = request.Order == SearchOrder.Newest ? "d.sort_at DESC, d.article_id DESC" : "score DESC, d.sort_at DESC, d.article_id DESC";
        var (matching, parameters) = Matching(query, request);
        var highlighter = new KeyHighlighter(query.Highlighted);
        return await _database.ReadAsync(async c =>
        {
            var total = await c.ScalarAsync<long>($"SELECT COUNT(*) {matching}", null, ct, parameters);
            var hits = await c.QueryAsync(
                $"""
                 SELECT d.article_id, d.title, d.text, d.url, d.language, d.language_key, d.published_at, d.source_id,
                        {query.Score} AS score
                 {matching}
                 ORDER BY {order}
                 LIMIT @limit OFFSET @offset
                 """, null, r => ReadHit(r, highlighter), ct,
                [.. parameters, ("@limit", pageSize), ("@offset", (page - 1) * pageSize)]);
            return new SearchResults(total, page, pageSize, hits);
        }, ct);
    }

    public async Task<SearchBreakdown> BreakdownAsync(SearchRequest request, TimeSpan bucket, CancellationToken ct)
    {
        if (request.From is not { } from || request.To is not { } to)
            throw new ArgumentException("A breakdown needs a date range (From and To).", nameof(request));
        var buckets = SearchBreakdown.BucketCount(from, to, bucket);
        var (matching, parameters) = await MatchingAsync(request, ct);
        var counts = new long[buckets];
        var bySource = new Dictionary<long, long>();
        var byLanguage = new Dictionary<string, long>(StringComparer.Ordinal);
        var tones = new ToneTally(buckets);
        long total = 0;
        // Grouped in the database: one row per source, language, tone and bucket, whatever the number of matches.
        // Tone lives on the article (NULL = untagged), looked up by primary key per match.
        var groups = await _database.ReadAsync(c => c.QueryAsync(
            $"""
             SELECT d.source_id, d.language, (SELECT a.tone FROM articles a WHERE a.id = d.article_id) AS tone,
                    floor(extract(epoch FROM d.sort_at - @bucket_from) / @bucket_seconds)::bigint AS bucket, COUNT(*) AS n
             {matching}
             GROUP BY 1, 2, 3, 4
             """, null, r => (Source: r.Int64("source_id"), Language: r.Text("language"), Tone: ToneLabels.Parse(r.NullableText("tone")),
                Bucket: r.Int64("bucket"), Count: r.Int64("n")), ct,
            [.. parameters, ("@bucket_from", from.ToUniversalTime()), ("@bucket_seconds", bucket.TotalSeconds)]), ct);
        foreach (var g in groups)
        {
            total += g.Count;
            var inRange = g.Bucket >= 0 && g.Bucket < buckets;
            if (inRange) counts[g.Bucket] += g.Count;
            bySource[g.Source] = bySource.GetValueOrDefault(g.Source) + g.Count;
            byLanguage[g.Language] = byLanguage.GetValueOrDefault(g.Language) + g.Count;
            tones.Add(inRange ? (int)g.Bucket : -1, g.Source, g.Tone, g.Count);
        }
        return new SearchBreakdown(total, from, bucket, counts, bySource, byLanguage, tones.Result());
    }

    public async Task<IReadOnlyList<long>> MatchingIdsAsync(SearchRequest request, CancellationToken ct)
    {
        var (matching, parameters) = await MatchingAsync(request, ct);
        return await _database.ReadAsync(c => c.QueryAsync(
            $"SELECT d.article_id {matching} ORDER BY d.sort_at DESC, d.article_id DESC", null, r => r.Int64("article_id"), ct, parameters), ct);
    }

    public Task<long> CountAsync(CancellationToken ct) =>
        _database.ReadAsync(c => c.ScalarAsync<long>("SELECT COUNT(*) FROM search_documents", null, ct), ct);

    /// <returns>The FROM and WHERE clauses selecting the request's matches, and their parameters.</returns>
    private async Task<(string Sql, (string, object?)[] Parameters)> MatchingAsync(SearchRequest request, CancellationToken ct) =>
        Matching(PostgresQueryTranslator.Translate(await _queries.ReadAsync(request.Query, ct)), request);

    private static (string Sql, (string, object?)[] Parameters) Matching(PostgresSearchQuery query, SearchRequest request) =>
        ($"FROM search_documents d WHERE {query.Condition}\n{RequestFilters}", [.. query.Parameters, .. Filters(request)]);

    private static (string, object?)[] Filters(SearchRequest request) =>
    [
        ("@source_id", request.SourceId),
        ("@language", string.IsNullOrWhiteSpace(request.Language) ? null : request.Language.Trim().ToLowerInvariant()),
        ("@from", request.From?.ToUniversalTime()),
        ("@to", request.To?.ToUniversalTime()),
    ];

    private static SearchHit ReadHit(DbDataReader r, KeyHighlighter highlighter)
    {
        var title = r.Text("title");
        var languageKey = r.Text("language_key");
        return new SearchHit(
            ArticleId: r.Int64("article_id"),
            Title: title,
            Url: new Uri(r.Text("url")),
            Language: r.Text("language"),
            PublishedAt: PostgresValues.Instance.ReadTime(r, r.GetOrdinal("published_at")),
            SourceId: r.Int64("source_id"),
            Score: r.GetFloat(r.GetOrdinal("score")),
            Snippet: highlighter.Snippet(r.Text("text"), languageKey),
            HighlightedTitle: highlighter.Title(title, languageKey));
    }
}
