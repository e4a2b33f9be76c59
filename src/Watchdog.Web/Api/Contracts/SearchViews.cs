using Watchdog.Core.Search;

namespace Watchdog.Web.Api.Contracts;

/// <param name="TotalPages">0 when nothing matched.</param>
public sealed record SearchResponse(string Query, long Total, int Page, int PageSize, int TotalPages, IReadOnlyList<SearchHitView> Hits);

/// <param name="HighlightedTitle">The title with matched words in &lt;mark&gt;, everything else HTML-escaped.</param>
/// <param name="Snippet">Text around the matches, with matched words in &lt;mark&gt;, everything else HTML-escaped.</param>
public sealed record SearchHitView(
    long ArticleId,
    string Title,
    string HighlightedTitle,
    Uri Url,
    string Language,
    DateTimeOffset? PublishedAt,
    long SourceId,
    string? SourceTitle,
    float Score,
    string Snippet)
{
    public static SearchHitView From(SearchHit hit, string? sourceTitle) => new(
        hit.ArticleId, hit.Title, hit.HighlightedTitle, hit.Url, hit.Language, hit.PublishedAt, hit.SourceId,
        sourceTitle, hit.Score, hit.Snippet);
}
