using Watchdog.Analysis.Text;

namespace Watchdog.Guard.Leaks;

/// <summary>
/// Winnowing (Schleimer, Wilkerson, Aiken 2003) over normalised word k-grams: of every window of
/// <see cref="WindowSize"/> consecutive k-gram hashes the smallest is kept (the rightmost on ties), each kept
/// position once. Guarantee: any passage of at least <see cref="GuaranteedPassageWords"/> words shared by two texts
/// contains a whole window, whose minimum is selected in the document and is one of the article's k-grams, so it is
/// found. Passages shorter than <see cref="K"/> words are never found, which keeps stock phrases out.
/// </summary>
public static class Winnowing
{
    /// <summary>Words per k-gram. Five words is longer than most stock phrases ("в соответствии с законом") yet short
    /// enough that changing one word in ten leaves most k-grams of a copied paragraph intact.</summary>
    public const int K = 5;

    /// <summary>K-grams per window. Six keeps about 2/(W+1) ≈ 29 % of k-grams as fingerprints.</summary>
    public const int WindowSize = 6;

    /// <summary>The shortest shared passage, in words, that is always detected: W + K − 1.</summary>
    public const int GuaranteedPassageWords = WindowSize + K - 1;

    /// <summary>The winnowed fingerprints of a text: hash and the position of the k-gram's first word.</summary>
    public static IReadOnlyList<FingerprintEntry> Select(IReadOnlyList<ulong> kgramHashes)
    {
        var selected = new List<FingerprintEntry>();
        if (kgramHashes.Count == 0) return selected;
        var windows = Math.Max(1, kgramHashes.Count - WindowSize + 1);
        var window = Math.Min(WindowSize, kgramHashes.Count);
        var lastSelected = -1;
        for (var start = 0; start < windows; start++)
        {
            var minimum = start;
            for (var i = start + 1; i < start + window; i++)
            {
                if (kgramHashes[i] <= kgramHashes[minimum]) minimum = i;
            }
            if (minimum == lastSelected) continue;
            selected.Add(new FingerprintEntry(kgramHashes[minimum], minimum));
            lastSelected = minimum;
        }
        return selected;
    }

    /// <summary>The hash of every k-gram of words, in order; empty when there are fewer than <see cref="K"/> words.</summary>
    public static ulong[] KgramHashes(IReadOnlyList<Token> words)
    {
        if (words.Count < K) return [];
        var wordHashes = new ulong[words.Count];
        for (var i = 0; i < words.Count; i++) wordHashes[i] = WordHash(words[i].Text);
        var hashes = new ulong[words.Count - K + 1];
        for (var start = 0; start < hashes.Length; start++)
        {
            var h = 0UL;
            for (var j = 0; j < K; j++) h = (h * 0x100000001B3UL) ^ wordHashes[start + j];
            hashes[start] = Mix(h);
        }
        return hashes;
    }

    // FNV-1a over the characters: stable across processes, unlike string.GetHashCode, because fingerprints are stored.
    private static ulong WordHash(string word)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in word)
        {
            h ^= c;
            h *= 0x100000001B3UL;
        }
        return h;
    }

    // SplitMix64's finaliser: winnowing keeps window minima, so the hashes must be spread evenly over the range.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>One winnowed fingerprint: the k-gram's hash and the word position where the k-gram starts.</summary>
public readonly record struct FingerprintEntry(ulong Hash, int WordPosition);
