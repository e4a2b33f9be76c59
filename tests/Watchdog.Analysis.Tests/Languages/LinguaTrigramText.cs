namespace Watchdog.Analysis.Tests.Languages;

/// <summary>
/// The length Lingua judges a text by when it chooses its n-gram orders: after it trims the text, removes punctuation
/// (\p{P}) and digits (\p{N}) and collapses each run of white space into one space. The tests pick article-length texts
/// by it (the detector itself leaves the choice to Lingua's own cleaning, <see cref="Watchdog.Analysis.Languages.ShortTexts.CompactLingua"/>).
/// </summary>
internal static class LinguaTrigramText
{
    /// <summary>Lingua scores trigrams only from 120 cleaned characters; the 10 more absorb any difference between this count and Lingua's cleaning.</summary>
    public const int TrigramOnlyChars = 130;

    public static int CleanedLength(string text)
    {
        var length = 0;
        var inSpace = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsPunctuation(c) || char.IsNumber(c)) continue;
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace) length++;
                inSpace = true;
                continue;
            }
            inSpace = false;
            length++;
        }
        return length;
    }
}
