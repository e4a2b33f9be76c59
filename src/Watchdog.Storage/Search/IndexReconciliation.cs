namespace Watchdog.Storage.Search;

/// <summary>
/// What one reconciliation of the store with the search index found and did: articles that counted as indexed but
/// were missing from the index (marked for indexing again) and index documents whose article is gone (deleted).
/// </summary>
public sealed record IndexReconciliation(long Articles, long IndexedDocuments, int Reindexing, int OrphansDeleted, bool Applied)
{
    public bool FoundAnything => Reindexing > 0 || OrphansDeleted > 0;
}
