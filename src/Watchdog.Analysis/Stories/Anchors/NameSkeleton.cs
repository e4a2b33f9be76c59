using System.Text;
using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Transliteration;

namespace Watchdog.Analysis.Stories.Anchors;

/// <summary>
/// A spelling-independent key of a name: romanised, folded to a consonant skeleton and cut short, so that Токаев,
/// Тоқаев, Tokayev and Tokaev share <c>tkv</c>, and Қостанай, Костанайской, Kostanay share <c>kstn</c>.
/// The word is keyed as <see cref="Morphology.Names.NameNormalizer"/> gives it, so name endings (Тоқаевтың, Токаева) are gone first.
/// </summary>
public static class NameSkeleton
{
    /// <summary>
    /// Characters kept: the first letter and three consonants after it. Longer keys split a name across its
    /// romanisations and endings the stemmer left (Костанайск-ой); shorter ones join unrelated names.
    /// </summary>
    public const int KeyLength = 4;

    /// <summary>Keys shorter than this (first letter and one consonant) join too many unrelated names to be evidence.</summary>
    public const int MinimumKeyLength = 3;

    // Latin letters of the Kazakh 2021 alphabet and common diacritics, folded to plain English-press letters.
    private static readonly Dictionary<char, string> LatinFolds = new()
    {
        ['ä'] = "a", ['ğ'] = "g", ['q'] = "k", ['ñ'] = "n", ['ö'] = "o", ['ū'] = "u", ['ü'] = "u", ['ı'] = "i", ['ş'] = "sh",
        ['ç'] = "ch", ['é'] = "e", ['w'] = "v", ['x'] = "ks", ['c'] = "k",
    };

    // Digraphs of the romanisations, each one sound: folded to one letter so Zhanar and Janar (2021 alphabet) agree.
    private static readonly (string From, string To)[] Digraphs = [("shch", "s"), ("kh", "h"), ("zh", "j"), ("sh", "s"), ("ch", "c"), ("ts", "c")];

    private const string Vowels = "aeiouy";

    /// <summary>
    /// Names a thread of news repeats (the same people and places in article after article) are keyed once: romanising
    /// and folding took a few strings a name each time. Bounded, as the keys of a few thousand names take a few hundred KB.
    /// </summary>
    private static readonly WordKeyCache Keys = new(name => Compute(name) ?? string.Empty, capacity: 50_000);

    /// <returns>The key, or null when the name is too short to key reliably.</returns>
    public static string? Of(string nameWord) => Keys.KeyOf(nameWord) is { Length: > 0 } key ? key : null;

    /// <returns>The key (never empty), or null when the name is too short to key reliably.</returns>
    private static string? Compute(string nameWord)
    {
        var latin = Fold(Romanizer.ToLatin(nameWord.ToLowerInvariant(), RomanizationSchemes.Press));
        if (latin.Length == 0) return null;
        var key = new StringBuilder(KeyLength);
        key.Append(latin[0]);
        for (var i = 1; i < latin.Length && key.Length < KeyLength; i++)
        {
            var c = latin[i];
            if (Vowels.Contains(c, StringComparison.Ordinal) || !char.IsAsciiLetterLower(c) || c == key[^1]) continue;
            key.Append(c);
        }
        return key.Length >= MinimumKeyLength ? key.ToString() : null;
    }

    private static string Fold(string latin)
    {
        var folded = new StringBuilder(latin.Length);
        foreach (var c in latin) folded.Append(LatinFolds.TryGetValue(c, out var plain) ? plain : c.ToString());
        var text = folded.ToString();
        foreach (var (from, to) in Digraphs) text = text.Replace(from, to, StringComparison.Ordinal);
        return text;
    }
}
