using Watchdog.Core.Search;

namespace Watchdog.Pipeline.Storage;

/// <summary>
/// The store set's search index as handed out by dependency injection. The container disposes every IDisposable its
/// factories return; the index belongs to the <see cref="StoreSet"/>, which closes it together with the database, so
/// the container must get a reference that it will not dispose a second time.
/// </summary>
internal sealed class BorrowedSearchIndex(ISearchIndex index) : ISearchIndex
{
    public Task IndexAsync(IReadOnlyCollection<Core.Articles.Article> articles, CancellationToken ct) => index.IndexAsync(articles, ct);

    public Task DeleteAsync(long articleId, CancellationToken ct) => index.DeleteAsync(articleId, ct);

    public Task DeleteAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct) => index.DeleteAsync(articleIds, ct);

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct) => index.SearchAsync(request, ct);

    public Task<long> CountAsync(CancellationToken ct) => index.CountAsync(ct);

    public Task<SearchBreakdown> BreakdownAsync(SearchRequest request, TimeSpan bucket, CancellationToken ct) => index.BreakdownAsync(request, bucket, ct);

    public Task<IReadOnlyList<long>> MatchingIdsAsync(SearchRequest request, CancellationToken ct) => index.MatchingIdsAsync(request, ct);
}
