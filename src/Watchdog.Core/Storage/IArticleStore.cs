using Watchdog.Core.Articles;

namespace Watchdog.Core.Storage;

public interface IArticleStore
{
    /// <summary>Stores the article unless one with the same canonical URL or content hash exists.</summary>
    Task<ArticleAddResult> AddAsync(Article article, CancellationToken ct);
    /// <summary>
    /// Stores, in one transaction, each article that duplicates (canonical URL or content hash) neither a stored one nor
    /// one earlier in the list: the bulk path of `watchdog import`.
    /// </summary>
    /// <returns>The articles stored, with their ids, in list order; the rest were duplicates.</returns>
    Task<IReadOnlyList<Article>> AddNewAsync(IReadOnlyList<Article> articles, CancellationToken ct);
    Task<Article?> GetAsync(long id, CancellationToken ct);
    /// <summary>The stored articles among <paramref name="ids"/>, in id order, read in a few queries rather than one per article; ids not stored are left out.</summary>
    Task<IReadOnlyList<Article>> GetManyAsync(IReadOnlyCollection<long> ids, CancellationToken ct);
    Task<Article?> FindByCanonicalUrlAsync(Uri canonicalUrl, CancellationToken ct);
    Task<IReadOnlyList<Article>> LatestAsync(int limit, long? sourceId, CancellationToken ct);
    Task<long> CountAsync(CancellationToken ct);
    /// <summary>Articles stored but not yet confirmed in the search index (after a crash between the two writes).</summary>
    Task<IReadOnlyList<Article>> ListUnindexedAsync(int limit, CancellationToken ct);
    Task MarkIndexedAsync(IReadOnlyCollection<long> ids, CancellationToken ct);
    /// <summary>How many articles wait for the search index.</summary>
    Task<long> CountUnindexedAsync(CancellationToken ct);
    /// <summary>Clears every article's indexed flag, so the indexer puts them all in the search index again.</summary>
    /// <returns>How many articles were marked.</returns>
    Task<int> MarkAllUnindexedAsync(CancellationToken ct);
    /// <summary>Every stored article in id order, for re-indexing and reprocessing.</summary>
    IAsyncEnumerable<Article> ScanAsync(CancellationToken ct);
    Task UpdateAsync(Article article, CancellationToken ct);
}

/// <param name="Article">The stored article, or the existing one it duplicates.</param>
public sealed record ArticleAddResult(Article Article, bool Added, string? DuplicateOf);
