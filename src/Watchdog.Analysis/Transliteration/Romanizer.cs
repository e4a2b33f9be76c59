using System.Text;

namespace Watchdog.Analysis.Transliteration;

/// <summary>Writes Cyrillic text in Latin letters by a <see cref="RomanizationScheme"/>, keeping capitalisation.</summary>
public static class Romanizer
{
    private const string Vowels = "аеёиоуыэюяәөұүієї";

    public static string ToLatin(string text, RomanizationScheme scheme)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var original = text[i];
            var lower = char.ToLowerInvariant(original);
            if (scheme.FinalIy is not null && IsFinalIy(text, i))
            {
                Append(builder, scheme.FinalIy, char.IsUpper(original), NextIsUpper(text, i));
                i++;
                continue;
            }
            var latin = lower == 'е' && scheme.IotatedE is not null && IsIotatedPosition(text, i)
                ? scheme.IotatedE
                : scheme.Letters.TryGetValue(lower, out var mapped) ? mapped : original.ToString();
            Append(builder, latin, char.IsUpper(original), NextIsUpper(text, i));
        }
        return builder.ToString();
    }

    // ALL-CAPS words stay all caps (ЖАНАРТАУ → ZHANARTAU), capitalised ones get one capital (Жанна → Zhanna).
    private static void Append(StringBuilder builder, string latin, bool upper, bool nextUpper)
    {
        if (latin.Length == 0) return;
        if (!upper) builder.Append(latin);
        else if (nextUpper) builder.Append(latin.ToUpperInvariant());
        else builder.Append(char.ToUpperInvariant(latin[0])).Append(latin.AsSpan(1));
    }

    private static bool NextIsUpper(string text, int i) => i + 1 < text.Length && char.IsUpper(text[i + 1]);

    private static bool IsIotatedPosition(string text, int i)
    {
        if (i == 0 || !char.IsLetter(text[i - 1])) return true;
        var previous = char.ToLowerInvariant(text[i - 1]);
        return Vowels.Contains(previous, StringComparison.Ordinal) || previous is 'ъ' or 'ь' or 'й';
    }

    private static bool IsFinalIy(string text, int i)
    {
        if (i + 1 >= text.Length || i == 0) return false;
        var first = char.ToLowerInvariant(text[i]);
        var second = char.ToLowerInvariant(text[i + 1]);
        var atWordEnd = i + 2 >= text.Length || !char.IsLetter(text[i + 2]);
        return (first is 'и' or 'ы') && second == 'й' && atWordEnd;
    }
}
