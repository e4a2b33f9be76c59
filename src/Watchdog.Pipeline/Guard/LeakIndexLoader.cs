using Microsoft.Extensions.Logging;
using Watchdog.Core.Guard;
using Watchdog.Guard.Leaks;

namespace Watchdog.Pipeline.Guard;

/// <summary>Builds a <see cref="LeakIndex"/> from the registered documents' stored fingerprints.</summary>
public static class LeakIndexLoader
{
    /// <param name="onlyDocumentId">Load just this document (a scan for one document); all when null.</param>
    /// <remarks>
    /// A fingerprint this build cannot read (written by a newer version, or damaged) is left out with an error in the log
    /// rather than stopping every check: the other documents are still watched.
    /// </remarks>
    public static async Task<LoadedLeakIndex> LoadAsync(ILeakStore store, string? onlyDocumentId, ILogger logger, CancellationToken ct)
    {
        // Read before the documents: a change made while they are read leaves a newer revision, so the next check reloads.
        var revision = await store.GetRevisionAsync(ct);
        var documents = await store.ListDocumentsAsync(ct);
        var index = new LeakIndex();
        foreach (var record in documents.Where(d => onlyDocumentId is null || d.Id == onlyDocumentId))
        {
            try
            {
                index.Add(new LeakDocument(record.Id, record.Name, DocumentFingerprint.Deserialize(record.Fingerprint)));
            }
            catch (InvalidFingerprintException e)
            {
                logger.LogError("Leak document {DocumentId} ({DocumentName}) is not watched: its stored fingerprint cannot be read ({Reason})",
                    record.Id, record.Name, e.Message);
            }
        }
        return new LoadedLeakIndex(index, revision);
    }
}

/// <summary>The fingerprints loaded at one store revision.</summary>
public sealed record LoadedLeakIndex(LeakIndex Index, long Revision);
