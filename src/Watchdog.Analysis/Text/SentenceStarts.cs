namespace Watchdog.Analysis.Text;

/// <summary>
/// Where the sentence around a place in a text starts, so that a passage shown from it (a search snippet, an alert's
/// passage) reads from the start of a thought rather than from the middle of one. Pure.
/// </summary>
public static class SentenceStarts
{
    private const string SentenceEnds = ".!?…";
    private const string SentenceOpenings = "«\"“'‘—–-([";
    /// <summary>"Mr", "Dr", "St", an initial: capitalised words this short before a dot are taken for abbreviations.</summary>
    private const int MaxAbbreviationChars = 2;

    /// <summary>
    /// Where the sentence holding <paramref name="at"/> starts (after a sentence end and a space, or a line break), when
    /// that is at most <paramref name="within"/> characters before it; null for a start further back.
    /// </summary>
    public static int? Before(string text, int at, int within)
    {
        for (var i = at - 1; i >= Math.Max(1, at - within); i--)
        {
            if (text[i] == '\n' || (char.IsWhiteSpace(text[i]) && EndsSentence(text, i - 1) && StartsSentence(text[i + 1])))
                return i + 1;
        }
        return at <= within ? 0 : null;
    }

    /// <summary>Whether <paramref name="c"/> ends a sentence when a space or the text's end follows it.</summary>
    public static bool IsSentenceEnd(char c) => SentenceEnds.Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// A sentence end, unless it is the dot of a short capitalised abbreviation or initial ("Mr.", "St.", "U.S.",
    /// "E. Lynch"), which ends no sentence far more often than it does.
    /// </summary>
    private static bool EndsSentence(string text, int at)
    {
        if (!IsSentenceEnd(text[at])) return false;
        if (text[at] != '.') return true;
        var word = at;
        while (word > 0 && char.IsLetter(text[word - 1])) word--;
        return !(at - word is > 0 and <= MaxAbbreviationChars && char.IsUpper(text[word]));
    }

    /// <summary>What a sentence starts with: a capital, a digit, or an opening quote or dash.</summary>
    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || SentenceOpenings.Contains(c, StringComparison.Ordinal);
}
