using System.Globalization;
using Watchdog.Analysis.Text;
using Watchdog.Watch.Matching;

namespace Watchdog.Watch.Alerts;

/// <summary>
/// A key shared by reports of the same story: the few smallest hashes of the title's normalised content words
/// (a bottom-k MinHash sketch). Re-worded or inflected titles that keep the same key words share the key.
/// Limit: a title that adds a word whose hash is among the smallest gets a different key.
/// </summary>
public static class StoryKey
{
    /// <summary>Shorter words are mostly prepositions and particles that say nothing about the story.</summary>
    public const int MinWordLength = 3;

    /// <summary>Three words: one word keys merge unrelated stories, more keys split re-worded reports of one story.</summary>
    public const int SketchSize = 3;

    /// <summary>When the title has fewer content words than <see cref="SketchSize"/>, this many text words help.</summary>
    public const int TextWordsForShortTitles = 12;

    public static string For(string title, string text, string language, ITermNormalizer normalizer)
    {
        var words = ContentWords(title, language, normalizer).ToHashSet(StringComparer.Ordinal);
        if (words.Count < SketchSize) words.UnionWith(ContentWords(text, language, normalizer).Take(TextWordsForShortTitles));
        var sketch = words.Select(Fnv1a).Order().Take(SketchSize).Select(h => h.ToString("x16", CultureInfo.InvariantCulture));
        return string.Join('-', sketch);
    }

    private static IEnumerable<string> ContentWords(string text, string language, ITermNormalizer normalizer) =>
        Tokenizer.Words(text).Where(w => w.Length >= MinWordLength).Select(w => normalizer.Normalize(w, language));

    // Stable across processes and runs, unlike string.GetHashCode.
    private static ulong Fnv1a(string word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
