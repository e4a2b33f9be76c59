using System.Text;

namespace Watchdog.Analysis.Transliteration;

/// <summary>
/// Writes Latin-script names back in Cyrillic: English spellings of Russian names (Nazarbayev → Назарбаев),
/// and the 2021 Kazakh Latin alphabet (Toqaev → Тоқаев). One best guess, for aliases, not a reversible mapping.
/// </summary>
public static class Cyrillizer
{
    private const string KazakhLatinLetters = "äğqñöūüış";
    private const string LatinVowels = "aeiouy";

    // Longest first: the first spelling that matches at a position wins.
    private static readonly (string Latin, string Cyrillic)[] RussianSpellings =
    [
        ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
        ("yu", "ю"), ("iu", "ю"), ("ya", "я"), ("ia", "я"), ("yo", "ё"), ("ye", "е"),
        ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"),
        ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"),
        ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"), ("x", "кс"), ("z", "з"),
    ];

    private static readonly (string Latin, string Cyrillic)[] KazakhSpellings =
    [
        ("şş", "щ"), ("ch", "ч"), ("ts", "ц"), ("iu", "ю"), ("ia", "я"), ("io", "ё"),
        ("ä", "ә"), ("ğ", "ғ"), ("q", "қ"), ("ñ", "ң"), ("ö", "ө"), ("ū", "ұ"), ("ü", "ү"), ("ı", "і"), ("ş", "ш"),
        ("j", "ж"), ("i", "и"), ("y", "ы"), ("h", "х"),
        ("a", "а"), ("b", "б"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("k", "к"), ("l", "л"), ("m", "м"),
        ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("z", "з"),
    ];

    /// <summary>Whether a Latin text uses letters only the Kazakh alphabet has (ä ğ q ñ ö ū ü ı ş).</summary>
    public static bool LooksKazakhLatin(string text)
    {
        // A loop, not Any(): the Kazakh stemmer asks this of every new word.
        foreach (var c in text)
        {
            if (KazakhLatinLetters.Contains(Text.InvariantCase.ToLower(c), StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public static string ToCyrillic(string latin) =>
        Convert(latin, LooksKazakhLatin(latin) ? KazakhSpellings : RussianSpellings, russianY: !LooksKazakhLatin(latin));

    private static string Convert(string text, (string Latin, string Cyrillic)[] spellings, bool russianY)
    {
        var builder = new StringBuilder(text.Length);
        var lower = text.ToLowerInvariant();
        var i = 0;
        while (i < text.Length)
        {
            var match = spellings.FirstOrDefault(spelling => string.CompareOrdinal(lower, i, spelling.Latin, 0, spelling.Latin.Length) == 0);
            if (match.Latin is null && russianY && lower[i] == 'y')
            {
                builder.Append(Cased(RussianY(lower, i), text, i, 1));
                i++;
                continue;
            }
            if (match.Latin is null)
            {
                builder.Append(text[i]);
                i++;
                continue;
            }
            builder.Append(Cased(match.Cyrillic, text, i, match.Latin.Length));
            i += match.Latin.Length;
        }
        return builder.ToString();
    }

    // y alone is й after a vowel (Andrey), -ий at the end of a word after a consonant (Dostoevsky), ы otherwise (Ryskulov).
    private static string RussianY(string lower, int i)
    {
        var afterVowel = i > 0 && LatinVowels.Contains(lower[i - 1], StringComparison.Ordinal);
        var atEnd = i + 1 >= lower.Length || !char.IsLetter(lower[i + 1]);
        if (afterVowel) return "й";
        return atEnd && i > 0 && char.IsLetter(lower[i - 1]) ? "ий" : "ы";
    }

    // An upper-case letter followed by another upper-case one is part of an ALL-CAPS word.
    private static string Cased(string cyrillic, string text, int start, int length)
    {
        if (!char.IsUpper(text[start])) return cyrillic;
        var next = start + length;
        var allCaps = next < text.Length && char.IsUpper(text[next]);
        return allCaps ? cyrillic.ToUpperInvariant() : char.ToUpperInvariant(cyrillic[0]) + cyrillic[1..];
    }
}
