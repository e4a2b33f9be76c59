using Watchdog.Core.Guard;
using Watchdog.Guard.Leaks;
using Watchdog.Pipeline.Guard;

namespace Watchdog.Application.Guard;

/// <summary>
/// Registers and removes confidential documents for leak watch, the same way from the CLI and the web API: the text is
/// fingerprinted here and dropped; only the fingerprint reaches the store.
/// </summary>
public sealed class LeakDocumentRegistry(ILeakStore store, LeakWatch watch)
{
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="LeakDocumentRejectedException">The text has too few words to fingerprint.</exception>
    public async Task<LeakDocumentRecord> RegisterAsync(string name, string text, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var fingerprint = DocumentFingerprint.FromText(text);
        if (fingerprint.Count == 0)
            throw new LeakDocumentRejectedException($"The document has {fingerprint.WordCount} words; at least {Winnowing.K} are needed to fingerprint it.");
        var blob = fingerprint.Serialize();
        var stored = await store.SaveDocumentAsync(new LeakDocumentRecord(LeakDocumentIds.For(blob), name.Trim(), blob, fingerprint.Count, default), ct);
        watch.Invalidate();
        return stored;
    }

    /// <returns>Whether the document existed (its findings are removed with it).</returns>
    public async Task<bool> RemoveAsync(string id, CancellationToken ct)
    {
        var removed = await store.RemoveDocumentAsync(id, ct);
        if (removed) watch.Invalidate();
        return removed;
    }
}
