using System.Security.Cryptography;

namespace Watchdog.Core.Guard;

/// <summary>Ids of confidential documents: the start of the SHA-256 of their fingerprint, stable across processes and stores.</summary>
public static class LeakDocumentIds
{
    /// <summary>16 hex digits (64 bits): collisions between an operator's documents are out of reach, and the id stays short to type.</summary>
    public const int Length = 16;

    public static string For(ReadOnlySpan<byte> fingerprint) => Convert.ToHexStringLower(SHA256.HashData(fingerprint))[..Length];
}
