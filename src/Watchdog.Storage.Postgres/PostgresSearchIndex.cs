using System.Data.Common;
using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Storage.Search;
using Watchdog.Storage.Sql;
using Watchdog.Storage.Sql.Watching;

namespace Watchdog.Storage.Postgres;

/// <summary>
/// Full-text search in PostgreSQL: a weighted tsvector per article (title A, text B) in its language's configuration,
/// a GIN index, and ts_headline for snippets. Queries are in Watchdog's query language, read as standing queries are
/// (<see cref="SearchQueryReader"/>) and translated by <see cref="PostgresQueryTranslator"/>, so a Russian article is
/// matched by the Russian-stemmed words of the query and so on.
/// </summary>
public sealed class PostgresSearchIndex : ISearchIndex
{
    private const int MaxPageSize = 100;
    /// <summary>Private-use characters around matches; escaped output turns them into &lt;mark&gt; tags.</summary>
    private const char MarkStart = '\uE000';
    private const char MarkStop = '\uE001';
    private static readonly string SnippetOptions =
        $"StartSel={MarkStart}, StopSel={MarkStop}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"";
    private static readonly string TitleOptions = $"StartSel={MarkStart}, StopSel={MarkStop}, HighlightAll=true";

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
                await connection.ExecuteAsync(
                    """
                    INSERT INTO search_documents (article_id, source_id, language, config, title, text, url, published_at, sort_at, tags, source_names)
                    VALUES (@id, @source_id, @language, @config::regconfig, @title, @text, @url, @published_at, @sort_at, @tags, @source_names)
                    ON CONFLICT (article_id) DO UPDATE SET source_id = excluded.source_id, language = excluded.language,
                        config = excluded.config, title = excluded.title, text = excluded.text, url = excluded.url,
                        published_at = excluded.published_at, sort_at = excluded.sort_at, tags = excluded.tags,
                        source_names = excluded.source_names
                    """, tx, ct,
                    ("@id", a.Id), ("@source_id", a.SourceId), ("@language", a.Language.ToLowerInvariant()),
                    ("@config", PostgresTextConfig.For(a.Language)), ("@title", a.Title), ("@text", a.Text),
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
        var matching = $"FROM search_documents d WHERE {query.Condition}\n{RequestFilters}";
        (string, object?)[] parameters = [.. query.Parameters, .. Filters(request)];
        return await _database.ReadAsync(async c =>
        {
            var total = await c.ScalarAsync<long>($"SELECT COUNT(*) {matching}", null, ct, parameters);
            var hits = await c.QueryAsync(
                $"""
                 SELECT d.article_id, d.title, d.url, d.language, d.published_at, d.source_id,
                        {query.Score} AS score,
                        ts_headline(d.config, d.text, {query.TextQuery}, @snippet_options) AS snippet,
                        ts_headline(d.config, d.title, {query.TitleQuery}, @title_options) AS highlighted_title
                 {matching}
                 ORDER BY {order}
                 LIMIT @limit OFFSET @offset
                 """, null, ReadHit, ct,
                [.. parameters, ("@snippet_options", SnippetOptions), ("@title_options", TitleOptions),
                    ("@limit", pageSize), ("@offset", (page - 1) * pageSize)]);
            return new SearchResults(total, page, pageSize, hits);
        }, ct);
    }

    public Task<long> CountAsync(CancellationToken ct) =>
        _database.ReadAsync(c => c.ScalarAsync<long>("SELECT COUNT(*) FROM search_documents", null, ct), ct);

    private static (string, object?)[] Filters(SearchRequest request) =>
    [
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
