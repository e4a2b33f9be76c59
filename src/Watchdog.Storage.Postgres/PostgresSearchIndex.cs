using System.Data.Common;
using System.Text;
using System.Text.Json;
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

    /// <summary>
    /// How many of a query's newest matches relevance ranks (see <see cref="SearchWindow"/>). Ranking reads each one's
    /// tsvector from TOAST: 2,000 cost about 40 ms of the server's CPU at 100,000 articles (search-1m), 1,000 half that,
    /// where a common word's every match would be 16,000 reads there and 160,000 at 1,000,000.
    /// </summary>
    public const int DefaultRankedMatches = 1_000;

    private readonly PostgresDatabase _database;
    private readonly SearchQueryReader _queries;

    /// <summary>Watchlists for <c>@name</c> are read from the same database.</summary>
    public PostgresSearchIndex(PostgresDatabase database)
    {
        _database = database;
        _queries = new SearchQueryReader(new SqlWatchStore(database));
    }

    /// <summary>How many of a query's newest matches relevance ranks; the older ones follow them, newest first.</summary>
    public int RankedMatches { get; init; } = DefaultRankedMatches;

    /// <summary>
    /// One statement per batch: the rows go in as arrays, one per column (unnest), instead of one INSERT per article;
    /// the server parses and plans once. Tags and source names (a list per row) travel as JSON arrays.
    /// </summary>
    public Task IndexAsync(IReadOnlyCollection<Article> articles, CancellationToken ct)
    {
        // An article given twice is written once, as last given (one statement may not update a row twice).
        var rows = articles.GroupBy(a => a.Id).Select(g => g.Last()).ToList();
        if (rows.Count == 0) return Task.CompletedTask;
        var languageKeys = rows.Select(a => ArticleFields.LanguageKey(a.Language)).ToArray();
        return _database.WriteAsync((connection, tx) => connection.ExecuteAsync(
            """
            INSERT INTO search_documents (article_id, source_id, language, language_key, title, text, document, url, published_at, sort_at, tags, source_names)
            SELECT r.id, r.source_id, r.language, r.language_key, r.title, r.text, r.document::tsvector, r.url, r.published_at, r.sort_at,
                   ARRAY(SELECT jsonb_array_elements_text(r.tags::jsonb)), ARRAY(SELECT jsonb_array_elements_text(r.source_names::jsonb))
            FROM unnest(@ids::bigint[], @source_ids::bigint[], @languages::text[], @language_keys::text[], @titles::text[], @texts::text[],
                        @documents::text[], @urls::text[], @published_at::timestamptz[], @sort_at::timestamptz[], @tags::text[], @source_names::text[])
                 AS r(id, source_id, language, language_key, title, text, document, url, published_at, sort_at, tags, source_names)
            ON CONFLICT (article_id) DO UPDATE SET source_id = excluded.source_id, language = excluded.language,
                language_key = excluded.language_key, title = excluded.title, text = excluded.text, document = excluded.document,
                url = excluded.url, published_at = excluded.published_at, sort_at = excluded.sort_at, tags = excluded.tags,
                source_names = excluded.source_names
            """, tx, ct,
            ("@ids", rows.Select(a => a.Id).ToArray()),
            ("@source_ids", rows.Select(a => a.SourceId).ToArray()),
            ("@languages", rows.Select(a => a.Language.ToLowerInvariant()).ToArray()),
            ("@language_keys", languageKeys),
            ("@titles", rows.Select(a => a.Title).ToArray()),
            ("@texts", rows.Select(a => a.Text).ToArray()),
            ("@documents", rows.Select((a, i) => SearchVector.Of(a.Title, a.Text, languageKeys[i])).ToArray()),
            ("@urls", rows.Select(a => a.Url.AbsoluteUri).ToArray()),
            ("@published_at", rows.Select(a => a.PublishedAt?.ToUniversalTime()).ToArray()),
            ("@sort_at", rows.Select(a => (a.PublishedAt ?? a.FetchedAt).ToUniversalTime()).ToArray()),
            ("@tags", rows.Select(a => JsonSerializer.Serialize(a.Tags.Select(tag => tag.Trim().ToLowerInvariant()).Distinct())).ToArray()),
            ("@source_names", rows.Select(a => JsonSerializer.Serialize(ArticleSourceNames.Of(a))).ToArray())), ct);
    }

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
        var (matching, parameters) = Matching(query, request);
        var highlighter = new KeyHighlighter(query.Highlighted);
        var window = SearchWindow.For(request.Order, page, pageSize, RankedMatches);
        return await _database.ReadAsync(async c =>
        {
            // One pass over the matches serves the count and the page: a phrase or a title:/text: word is checked
            // against each match's tsvector (read from TOAST), which a separate COUNT would do a second time. Only
            // the page's hits have their (out-of-line) title and text read, for snippets. A page past the last
            // match is one row with the count and no hit.
            var rows = await c.QueryAsync(
                $"""
                 WITH matches AS MATERIALIZED (
                     SELECT d.article_id, d.sort_at
                     {matching}),
                 candidates AS MATERIALIZED (
                     SELECT article_id, sort_at FROM matches
                     ORDER BY sort_at DESC, article_id DESC
                     LIMIT @candidates),
                 hits AS MATERIALIZED (
                     SELECT d.article_id, d.sort_at, c.n <= @ranked AS ranked,
                            CASE WHEN c.n <= @ranked THEN {query.Score} ELSE 0 END::real AS score
                     FROM (SELECT article_id, row_number() OVER (ORDER BY sort_at DESC, article_id DESC) AS n FROM candidates) c
                     JOIN search_documents d ON d.article_id = c.article_id
                     ORDER BY {window.Order}
                     LIMIT @limit OFFSET @offset),
                 page AS (
                     SELECT d.article_id, d.title, d.text, d.url, d.language, d.language_key, d.published_at, d.source_id,
                            d.sort_at, h.ranked, h.score
                     FROM hits h JOIN search_documents d ON d.article_id = h.article_id)
                 SELECT t.total, d.*
                 FROM (SELECT count(*) AS total FROM matches) t LEFT JOIN page d ON true
                 ORDER BY {window.Order}
                 """, null, r => (Total: r.Int64("total"), Hit: r.IsDBNull(r.GetOrdinal("article_id")) ? null : ReadHit(r, highlighter)), ct,
                [.. parameters, ("@candidates", window.Candidates), ("@ranked", window.Ranked), ("@limit", pageSize), ("@offset", window.Offset)]);
            var total = rows[0].Total;
            var hits = rows.Where(row => row.Hit is not null).Select(row => row.Hit!).ToList();
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

    /// <summary>The query's condition and the request's own filters: only those it has, so the planner sees no dead ones.</summary>
    private static (string Sql, (string, object?)[] Parameters) Matching(PostgresSearchQuery query, SearchRequest request)
    {
        var sql = new StringBuilder($"FROM search_documents d WHERE {query.Condition}");
        var parameters = new List<(string, object?)>(query.Parameters);
        void Add(string condition, string name, object value)
        {
            sql.Append("\n  AND ").Append(condition);
            parameters.Add((name, value));
        }
        if (request.SourceId is { } source) Add("d.source_id = @source_id", "@source_id", source);
        if (!string.IsNullOrWhiteSpace(request.Language)) Add("d.language = @language", "@language", request.Language.Trim().ToLowerInvariant());
        if (request.From is { } from) Add("d.sort_at >= @from", "@from", from.ToUniversalTime());
        if (request.To is { } to) Add("d.sort_at <= @to", "@to", to.ToUniversalTime());
        return (sql.ToString(), [.. parameters]);
    }

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
