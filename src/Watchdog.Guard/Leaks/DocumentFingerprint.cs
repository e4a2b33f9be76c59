using Watchdog.Analysis.Text;

namespace Watchdog.Guard.Leaks;

/// <summary>
/// What Watchdog keeps of a confidential document: its winnowed k-gram hashes with their word positions and its word
/// count — never its text. Serialises to a small versioned, checksummed blob (<see cref="FingerprintFormat"/>).
/// </summary>
public sealed class DocumentFingerprint : IEquatable<DocumentFingerprint>
{
    public DocumentFingerprint(int wordCount, IReadOnlyList<FingerprintEntry> entries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(wordCount);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].WordPosition < 0 || entries[i].WordPosition >= wordCount)
                throw new ArgumentException($"Fingerprint {i} is at word {entries[i].WordPosition}, outside the document's {wordCount} words.", nameof(entries));
            if (i > 0 && entries[i].WordPosition <= entries[i - 1].WordPosition)
                throw new ArgumentException("Fingerprint positions must be strictly increasing.", nameof(entries));
        }
        WordCount = wordCount;
        Entries = [.. entries];
    }

    /// <summary>Words in the document (after tokenising).</summary>
    public int WordCount { get; }

    /// <summary>The winnowed fingerprints in document order.</summary>
    public IReadOnlyList<FingerprintEntry> Entries { get; }

    public int Count => Entries.Count;

    /// <summary>Fingerprints a text: tokenise and normalise its words, hash each k-gram, winnow.</summary>
    public static DocumentFingerprint FromText(string text)
    {
        var words = Tokenizer.Tokenize(text);
        return new DocumentFingerprint(words.Count, Winnowing.Select(Winnowing.KgramHashes(words)));
    }

    public byte[] Serialize() => FingerprintFormat.Write(this);

    /// <exception cref="InvalidFingerprintException">The bytes are not a fingerprint this build can read.</exception>
    public static DocumentFingerprint Deserialize(ReadOnlySpan<byte> bytes) => FingerprintFormat.Read(bytes);

    public bool Equals(DocumentFingerprint? other) =>
        other is not null && WordCount == other.WordCount && Entries.SequenceEqual(other.Entries);

    public override bool Equals(object? obj) => Equals(obj as DocumentFingerprint);

    public override int GetHashCode() => HashCode.Combine(WordCount, Count, Count > 0 ? Entries[0].Hash : 0);
}
