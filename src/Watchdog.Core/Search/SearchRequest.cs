namespace Watchdog.Core.Search;

/// <summary>A search over stored articles. <see cref="Query"/> uses the query language (words, "phrases", field:value).</summary>
public sealed record SearchRequest
{
    public string Query { get; init; } = "";
    public long? SourceId { get; init; }
    public string? Language { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public SearchOrder Order { get; init; } = SearchOrder.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public enum SearchOrder { Relevance, Newest }

public sealed record SearchResults(long Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits);

/// <param name="Snippet">Text around the matches, with matched words wrapped in &lt;mark&gt;…&lt;/mark&gt; (the rest HTML-escaped).</param>
public sealed record SearchHit(long ArticleId, string Title, Uri Url, string Language, DateTimeOffset? PublishedAt, long SourceId, float Score, string Snippet, string HighlightedTitle);
