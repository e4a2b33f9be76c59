namespace Watchdog.Core.Guard;

/// <summary>Registered confidential documents (fingerprints only) and the findings of leak watch.</summary>
public interface ILeakStore
{
    /// <summary>Inserts the document, or replaces the name and fingerprint of the one with the same id (keeping its findings).</summary>
    /// <returns>The stored document (its <see cref="LeakDocumentRecord.CreatedAt"/> set to now when left at default).</returns>
    Task<LeakDocumentRecord> SaveDocumentAsync(LeakDocumentRecord document, CancellationToken ct);

    Task<LeakDocumentRecord?> GetDocumentAsync(string id, CancellationToken ct);

    /// <summary>By name, then id.</summary>
    Task<IReadOnlyList<LeakDocumentRecord>> ListDocumentsAsync(CancellationToken ct);

    /// <summary>Removes the document and all its findings.</summary>
    /// <returns>Whether a document with that id existed.</returns>
    Task<bool> RemoveDocumentAsync(string id, CancellationToken ct);

    /// <summary>
    /// Changes whenever a document is saved or removed, by any process sharing the store: a checker compares it with the
    /// revision it loaded to know, with one cheap read, whether it must reload the fingerprints.
    /// </summary>
    Task<long> GetRevisionAsync(CancellationToken ct);

    /// <summary>
    /// Stores the findings in one transaction. A finding for a (document, article) pair already recorded is skipped, as is
    /// one whose document or article no longer exists: re-checking an article never duplicates.
    /// </summary>
    /// <returns>The findings newly stored, with their ids and document names.</returns>
    Task<IReadOnlyList<LeakFinding>> AddFindingsAsync(IReadOnlyList<LeakFinding> findings, CancellationToken ct);

    /// <summary>Newest first (by <see cref="LeakFinding.FoundAt"/>, then id).</summary>
    /// <param name="documentId">Only this document's findings; all when null.</param>
    /// <param name="since">Only findings made at or after this time; all when null.</param>
    Task<IReadOnlyList<LeakFinding>> ListFindingsAsync(string? documentId, int limit, DateTimeOffset? since, CancellationToken ct);
}
