using System.Text;
using Watchdog.Analysis.Transliteration;

namespace Watchdog.Analysis.Entities;

/// <summary>
/// Folds one name word, in any script, to the spelling its romanisations share, so Tokayev, Tokaev, Токаев, Тоқаев
/// and Toqaev give one key (tokaev). Cyrillic is first written in Latin by the press scheme (<see cref="Romanizer"/>);
/// then, in order:
/// 1. Kazakh Latin letters lose their marks (q → k, ş → sh, ä → a…);
/// 2. spellings that schemes disagree on meet: kh → h, zh/dzh/dj → j, shch/sch → sh, c → k (not in ch);
/// 3. y between vowels is dropped (Tokayev → Tokaev), word-initial ye is e (Yerlan, Ерлан), other y is i (ы, й, -iy);
/// 4. u is o: Russian spelling writes Kazakh ө and ұ as у or о (Төлегенова, Тулегенова);
/// 5. doubled letters are single (Mariia → Maria, Hassan → Hasan).
/// The result is a key for counting, never shown.
/// </summary>
public static class NameKeyFolding
{
    private static readonly (string From, string To)[] Spellings =
    [
        ("ä", "a"), ("ğ", "g"), ("q", "k"), ("ñ", "n"), ("ö", "o"), ("ū", "u"), ("ü", "u"), ("ı", "i"), ("ş", "sh"),
        ("shch", "sh"), ("sch", "sh"), ("kh", "h"), ("dzh", "j"), ("zh", "j"), ("dj", "j"), ("ck", "k"),
    ];

    private const string Vowels = "aeiouy";

    public static string Fold(string word)
    {
        var latin = HasCyrillic(word) ? Romanizer.ToLatin(word, RomanizationSchemes.Press) : word;
        var text = latin.ToLowerInvariant();
        foreach (var (from, to) in Spellings) text = text.Replace(from, to, StringComparison.Ordinal);
        var folded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == 'c' && (i + 1 >= text.Length || text[i + 1] != 'h')) c = 'k';
            if (c == 'y')
            {
                var afterVowel = i > 0 && Vowels.Contains(text[i - 1], StringComparison.Ordinal) && text[i - 1] != 'y';
                var beforeVowel = i + 1 < text.Length && Vowels.Contains(text[i + 1], StringComparison.Ordinal);
                if ((afterVowel && beforeVowel) || (i == 0 && beforeVowel && text[i + 1] == 'e')) continue;
                c = 'i';
            }
            if (c == 'u') c = 'o';
            if (folded.Length > 0 && folded[^1] == c && char.IsLetter(c)) continue;
            folded.Append(c);
        }
        return folded.ToString();
    }

    private static bool HasCyrillic(string word) => word.Any(c => c is >= 'Ѐ' and <= 'ӿ');
}
