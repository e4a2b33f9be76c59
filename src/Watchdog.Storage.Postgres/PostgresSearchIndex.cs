using System.Data.Common;
using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Storage.Search;
using Watchdog.Storage.Sql;

namespace Watchdog.Storage.Postgres;

/// <summary>
/// Full-text search in PostgreSQL: a weighted tsvector per article (title A, text B) in its language's configuration,
/// a GIN index, and ts_headline for snippets. The query is parsed per configuration with websearch_to_tsquery
/// (words, "phrases", OR, -word), so a Russian article is matched by the Russian-stemmed query and so on.
/// Field prefixes (title:, source:) of the Lucene syntax are not supported here; use the request filters.
/// </summary>
public sealed class PostgresSearchIndex(PostgresDatabase database) : ISearchIndex
{
    private const int MaxPageSize = 100;
    /// <summary>Private-use characters around matches; escaped output turns them into &lt;mark&gt; tags.</summary>
    private const char MarkStart = '\uE000';
    private const char MarkStop = '\uE001';
    private static readonly string SnippetOptions =
        $"StartSel={MarkStart}, StopSel={MarkStop}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"";
    private static readonly string TitleOptions = $"StartSel={MarkStart}, StopSel={MarkStop}, HighlightAll=true";

    /// <summary>Each document is matched by the query parsed in its own configuration; written as an OR so the GIN index serves it.</summary>
    private const string Matching =
        """
        FROM search_documents d
        CROSS JOIN (SELECT websearch_to_tsquery('russian', @q) AS ru, websearch_to_tsquery('english', @q) AS en,
                           websearch_to_tsquery('simple', @q) AS simple) q
        WHERE (@match_all
               OR (d.config = 'russian'::regconfig AND d.document @@ q.ru)
               OR (d.config = 'english'::regconfig AND d.document @@ q.en)
               OR (d.config = 'simple'::regconfig AND d.document @@ q.simple))
          AND (@source_id::bigint IS NULL OR d.source_id = @source_id)
          AND (@language::text IS NULL OR d.language = @language)
          AND (@from::timestamptz IS NULL OR d.sort_at >= @from)
          AND (@to::timestamptz IS NULL OR d.sort_at <= @to)
        """;

    private const string QueryOfDocument =
        "CASE d.config WHEN 'russian'::regconfig THEN q.ru WHEN 'english'::regconfig THEN q.en ELSE q.simple END";

    public Task IndexAsync(IReadOnlyCollection<Article> articles, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            foreach (var a in articles)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO search_documents (article_id, source_id, language, config, title, text, url, published_at, sort_at)
                    VALUES (@id, @source_id, @language, @config::regconfig, @title, @text, @url, @published_at, @sort_at)
                    ON CONFLICT (article_id) DO UPDATE SET source_id = excluded.source_id, language = excluded.language,
                        config = excluded.config, title = excluded.title, text = excluded.text, url = excluded.url,
                        published_at = excluded.published_at, sort_at = excluded.sort_at
                    """, tx, ct,
                    ("@id", a.Id), ("@source_id", a.SourceId), ("@language", a.Language.ToLowerInvariant()),
                    ("@config", PostgresTextConfig.For(a.Language)), ("@title", a.Title), ("@text", a.Text),
                    ("@url", a.Url.AbsoluteUri), ("@published_at", a.PublishedAt?.ToUniversalTime()),
                    ("@sort_at", (a.PublishedAt ?? a.FetchedAt).ToUniversalTime()));
            }
        }, ct);

    public Task DeleteAsync(long articleId, CancellationToken ct) =>
        database.WriteAsync((connection, tx) =>
            connection.ExecuteAsync("DELETE FROM search_documents WHERE article_id = @id", tx, ct, ("@id", articleId)), ct);

    public Task DeleteAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct) =>
        articleIds.Count == 0
            ? Task.CompletedTask
            : database.WriteAsync((connection, tx) => connection.ExecuteAsync("DELETE FROM search_documents WHERE article_id = ANY(@ids)", tx, ct,
                ("@ids", articleIds.ToArray())), ct);

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var page = Math.Max(1, request.Page);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var order = request.Order == SearchOrder.Newest ? "d.sort_at DESC, d.article_id DESC" : "score DESC, d.sort_at DESC, d.article_id DESC";
        return database.ReadAsync(async c =>
        {
            var filters = Filters(request);
            var total = await c.ScalarAsync<long>($"SELECT COUNT(*) {Matching}", null, ct, filters);
            var hits = await c.QueryAsync(
                $"""
                 SELECT d.article_id, d.title, d.url, d.language, d.published_at, d.source_id,
                        ts_rank_cd(d.document, {QueryOfDocument}) AS score,
                        ts_headline(d.config, d.text, {QueryOfDocument}, @snippet_options) AS snippet,
                        ts_headline(d.config, d.title, {QueryOfDocument}, @title_options) AS highlighted_title
                 {Matching}
                 ORDER BY {order}
                 LIMIT @limit OFFSET @offset
                 """, null, ReadHit, ct,
                [.. filters, ("@snippet_options", SnippetOptions), ("@title_options", TitleOptions),
                    ("@limit", pageSize), ("@offset", (page - 1) * pageSize)]);
            return new SearchResults(total, page, pageSize, hits);
        }, ct);
    }

    public Task<long> CountAsync(CancellationToken ct) =>
        database.ReadAsync(c => c.ScalarAsync<long>("SELECT COUNT(*) FROM search_documents", null, ct), ct);

    private static (string, object?)[] Filters(SearchRequest request) =>
    [
        ("@q", request.Query ?? ""),
        ("@match_all", string.IsNullOrWhiteSpace(request.Query)),
        ("@source_id", request.SourceId),
        ("@language", string.IsNullOrWhiteSpace(request.Language) ? null : request.Language.Trim().ToLowerInvariant()),
        ("@from", request.From?.ToUniversalTime()),
        ("@to", request.To?.ToUniversalTime()),
    ];

    private static SearchHit ReadHit(DbDataReader r) => new(
        ArticleId: r.Int64("article_id"),
        Title: r.Text("title"),
        Url: new Uri(r.Text("url")),
        Language: r.Text("language"),
        PublishedAt: PostgresValues.Instance.ReadTime(r, r.GetOrdinal("published_at")),
        SourceId: r.Int64("source_id"),
        Score: r.GetFloat(r.GetOrdinal("score")),
        Snippet: HtmlText.MarkedToHtml(r.Text("snippet"), MarkStart, MarkStop),
        HighlightedTitle: HtmlText.MarkedToHtml(r.Text("highlighted_title"), MarkStart, MarkStop));
}
