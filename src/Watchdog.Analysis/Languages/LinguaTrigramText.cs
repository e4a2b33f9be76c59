namespace Watchdog.Analysis.Languages;

/// <summary>
/// The length Lingua judges a text by when it chooses its n-gram orders: after it trims the text, removes punctuation
/// (\p{P}) and digits (\p{N}) and collapses each run of white space into one space.
/// </summary>
internal static class LinguaTrigramText
{
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
