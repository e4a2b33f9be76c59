using Watchdog.Storage.Sql.Stores;

namespace Watchdog.Storage.Search;

/// <summary>
/// Brings the embedded search index back in line with the article store, which is the record: every stored article
/// that counts as indexed must be in the index, and every index document must have its article. The index is derived
/// data; anything a crash, a bug or an old version left behind is repaired here rather than lost from search.
/// </summary>
/// <remarks>
/// The flags are read before the index, so an article indexed in between is seen in the index (never re-marked
/// wrongly, and re-marking is harmless anyway: indexing replaces by id). An index document without an article in that
/// read is checked again just before it is deleted, so an article stored meanwhile is never taken out of search.
/// </remarks>
public sealed class EmbeddedIndexReconciler(SqlArticleStore articles, LuceneSearchIndex index)
{
    public async Task<IndexReconciliation> ReconcileAsync(CancellationToken ct)
    {
        var flags = await articles.ListIndexFlagsAsync(ct);
        var inIndex = index.ListIds();
        var missing = flags.Where(a => a.Value && !inIndex.Contains(a.Key)).Select(a => a.Key).ToList();
        var orphanCandidates = inIndex.Where(id => !flags.ContainsKey(id)).ToList();
        if (!index.IsWritable) return new IndexReconciliation(flags.Count, inIndex.Count, missing.Count, orphanCandidates.Count, Applied: false);

        var reindexing = missing.Count > 0 ? await articles.MarkUnindexedAsync(missing, ct) : 0;
        var orphans = orphanCandidates.Count > 0
            ? orphanCandidates.Except(await articles.ExistingAsync(orphanCandidates, ct)).ToList()
            : [];
        await index.DeleteAsync(orphans, ct);
        return new IndexReconciliation(flags.Count, inIndex.Count, reindexing, orphans.Count, Applied: true);
    }
}
