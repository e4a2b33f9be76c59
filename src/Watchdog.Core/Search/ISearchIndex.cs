using Watchdog.Core.Articles;

namespace Watchdog.Core.Search;

/// <summary>Full-text index. Lucene.NET in the embedded default, PostgreSQL full-text when scaled out.</summary>
public interface ISearchIndex
{
    /// <summary>Adds or replaces the article (keyed by id), so indexing twice is harmless.</summary>
    Task IndexAsync(IReadOnlyCollection<Article> articles, CancellationToken ct);
    Task DeleteAsync(long articleId, CancellationToken ct);
    /// <summary>Removes every one of the articles in one durable step (ids not in the index are ignored).</summary>
    Task DeleteAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct);
    /// <exception cref="InvalidQueryException">The query cannot be parsed.</exception>
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct);
    Task<long> CountAsync(CancellationToken ct);

    /// <summary>
    /// Counts every article matching <paramref name="request"/> (its paging and order are ignored) per time bucket
    /// between its <see cref="SearchRequest.From"/> and <see cref="SearchRequest.To"/>, which are required, and per
    /// source and language.
    /// </summary>
    /// <exception cref="InvalidQueryException">The query cannot be parsed.</exception>
    /// <exception cref="ArgumentException">No date range, or more buckets than <see cref="SearchBreakdown.MaxBuckets"/>.</exception>
    Task<SearchBreakdown> BreakdownAsync(SearchRequest request, TimeSpan bucket, CancellationToken ct);

    /// <summary>
    /// The ids of every article matching <paramref name="request"/>, newest first, without a result window (exports).
    /// Its paging and order are ignored.
    /// </summary>
    /// <exception cref="InvalidQueryException">The query cannot be parsed.</exception>
    Task<IReadOnlyList<long>> MatchingIdsAsync(SearchRequest request, CancellationToken ct);
}

/// <summary>A query the user wrote cannot be parsed; <see cref="Position"/> points at the problem (0-based, -1 when unknown).</summary>
public sealed class InvalidQueryException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
