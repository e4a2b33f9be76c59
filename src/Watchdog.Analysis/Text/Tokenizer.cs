using System.Globalization;

namespace Watchdog.Analysis.Text;

/// <summary>
/// Splits text into word tokens: runs of letters, digits and combining marks, held together across
/// soft hyphens and across an apostrophe between two letters (м’ясо, O'Brien). Hyphens and all other
/// punctuation separate words, as in Lucene's standard tokenizer.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || IsJoiner(text, i))) i++;
            var normalized = WordNormalizer.Normalize(text[start..i]);
            if (normalized.Length > 0) tokens.Add(new Token(normalized, start, i - start, char.IsUpper(text[start])));
        }
        return tokens;
    }

    /// <summary>The normalised words only, for callers that do not need offsets.</summary>
    public static IEnumerable<string> Words(string text) => Tokenize(text).Select(token => token.Text);

    private static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    // A soft hyphen or apostrophe belongs to the word only between two word characters.
    private static bool IsJoiner(string text, int i)
    {
        var c = text[i];
        if (c != '\u00AD' && !WordNormalizer.IsApostrophe(c)) return false;
        return i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
    }
}
