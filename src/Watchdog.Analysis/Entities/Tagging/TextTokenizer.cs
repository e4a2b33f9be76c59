using System.Globalization;

namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>
/// Cuts a text into sentences of tokens shaped like the training sets' (factRuEval, KazNERD, wikigold): words and
/// numbers (held together across inner hyphens, apostrophes and dots: Нур-Султан, O'Brien, 3.5), every other
/// non-space character a token of its own. A sentence ends after . ! ? …, a bullet (· • |) or a line break, or at a
/// length bound.
/// </summary>
public static class TextTokenizer
{
    /// <summary>Long enough for any real sentence; a text with no punctuation (a list, a table) is cut here.</summary>
    public const int MaxSentenceTokens = 80;

    // Bullets and middle dots separate the items of tickers and menus (Курс валют: USD 512 · Погода в Алматы): what
    // follows one is no continuation of a sentence, and a capital after it says as little as after a full stop.
    private const string SentenceEnds = ".!?…·•|";

    public static IReadOnlyList<IReadOnlyList<TextToken>> Sentences(string text)
    {
        var sentences = new List<IReadOnlyList<TextToken>>();
        // One list for every sentence, each copied out at its exact size (a list per sentence grew three or four times).
        var current = new List<TextToken>(MaxSentenceTokens);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n') Flush();
                i++;
                continue;
            }
            var start = i;
            if (IsWordChar(c))
            {
                while (i < text.Length && (IsWordChar(text[i]) || IsJoiner(text, i))) i++;
            }
            else i += IsPossessive(text, i) || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) ? 2 : 1;
            var token = new TextToken(text[start..i], start);
            current.Add(token);
            if ((token.Text.Length == 1 && SentenceEnds.Contains(token.Text[0], StringComparison.Ordinal) && !IsAbbreviationDot(current)) || current.Count >= MaxSentenceTokens) Flush();
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (current.Count == 0) return;
            sentences.Add([.. current]);
            current.Clear();
        }
    }

    // "И. О. Сергеев", "г. Алматы", "Mr. Smith": a dot after one capital or a known abbreviation does not end the sentence.
    private static bool IsAbbreviationDot(List<TextToken> tokens)
    {
        if (tokens.Count < 2 || tokens[^1].Text != ".") return false;
        var before = tokens[^2].Text;
        return (before.Length == 1 && char.IsUpper(before[0])) || EntityCues.Abbreviations.Contains(before.ToLowerInvariant());
    }

    // English "Tokayev's" is two tokens, Tokayev and 's, as in the English training sets.
    private static bool IsPossessive(string text, int i) =>
        text[i] is '\'' or '’' && i + 1 < text.Length && text[i + 1] == 's' && (i + 2 == text.Length || !char.IsLetter(text[i + 2]));

    private static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    // A hyphen, an apostrophe or a soft hyphen between two letters, or a dot or comma between two digits.
    private static bool IsJoiner(string text, int i)
    {
        if (i == 0 || i + 1 >= text.Length) return false;
        var (before, c, after) = (text[i - 1], text[i], text[i + 1]);
        if (IsPossessive(text, i)) return false;
        if (c is '-' or '‑' or '\u00AD' or '\'' or '’') return char.IsLetter(before) && char.IsLetter(after);
        return c is '.' or ',' && char.IsDigit(before) && char.IsDigit(after);
    }
}
