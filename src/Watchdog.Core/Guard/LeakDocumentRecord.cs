namespace Watchdog.Core.Guard;

/// <summary>A registered confidential document as stored: a name the operator recognises and its fingerprint, never its text.</summary>
/// <param name="Id">Derived from the fingerprint (<see cref="LeakDocumentIds.For"/>), so registering the same text twice keeps one document.</param>
/// <param name="Fingerprint">Watchdog.Guard's serialised fingerprint (hashes and word positions, checksummed).</param>
/// <param name="FingerprintCount">How many fingerprints the blob holds, so listings need not decode it.</param>
public sealed record LeakDocumentRecord(string Id, string Name, byte[] Fingerprint, int FingerprintCount, DateTimeOffset CreatedAt);
