using System.Numerics;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Stories.Duplicates;

/// <summary>
/// A 64-bit SimHash (Charikar 2002) of a text over its distinct three-word shingles of stemmed words: texts
/// that share most of their passages get fingerprints a few bits apart, so republished copy can be found by
/// Hamming distance without comparing texts. Pure and thread-safe.
/// </summary>
public static class TextSimHash
{
    /// <summary>
    /// Words per shingle. Single words would make any two articles on one topic look alike (same names, same
    /// vocabulary); three consecutive words capture phrasing, so only shared passages count, while an edited
    /// word still changes only the three shingles that contain it.
    /// </summary>
    public const int ShingleSize = 3;

    /// <summary>
    /// Fingerprints at most this many bits apart are near duplicates. The expected distance is
    /// 64·θ/π for the angle θ between the two shingle sets: a copy that keeps about 80 % of its shingles
    /// (cosine 0.8: a new intro and footer, a few edited words) lands near 13 bits, texts sharing no passage
    /// near 32 ± 4. Unrelated texts fall this low with probability about 1e-7 per pair (binomial tail of 64 fair
    /// bits). The tests check both sides on hand-written copies.
    /// </summary>
    public const int NearDuplicateMaxDistance = 12;

    /// <summary>The fingerprint of a text in the given language (ISO 639-1; "und" is only normalised, not stemmed).</summary>
    /// <returns>0 for a text without words.</returns>
    public static ulong Compute(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        // Sized up front: every stored article is hashed, and growing the lists of a real-size text copied them over and over.
        var words = new List<string>(Tokenizer.ExpectedWords(text));
        foreach (var word in StemmedWords.Of(text, language)) words.Add(word.Stem);
        if (words.Count == 0) return 0;

        var shingleLength = Math.Min(ShingleSize, words.Count);
        var shingles = new HashSet<ulong>(words.Count);
        for (var start = 0; start + shingleLength <= words.Count; start++)
        {
            shingles.Add(ShingleHash.Of(words, start, shingleLength));
        }
        return Combine(shingles);
    }

    /// <summary>Number of differing bits: 0 for identical fingerprints, 64 at most.</summary>
    public static int Distance(ulong first, ulong second) => BitOperations.PopCount(first ^ second);

    /// <summary>Whether two fingerprints are within <see cref="NearDuplicateMaxDistance"/>.</summary>
    public static bool AreNearDuplicates(ulong first, ulong second) => Distance(first, second) <= NearDuplicateMaxDistance;

    // Each bit of the fingerprint is the majority vote of that bit over the shingle hashes: set when more hashes have it
    // set than clear. Counted without a branch per bit (a coin flip for the predictor: half of SimHash's time went there).
    private static ulong Combine(HashSet<ulong> hashes)
    {
        Span<int> ones = stackalloc int[64];
        foreach (var hash in hashes)
        {
            for (var bit = 0; bit < 64; bit++) ones[bit] += (int)((hash >> bit) & 1);
        }
        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (2 * ones[bit] > hashes.Count) fingerprint |= 1UL << bit;
        }
        return fingerprint;
    }
}
