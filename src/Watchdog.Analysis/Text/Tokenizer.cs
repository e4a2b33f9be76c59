using System.Globalization;

namespace Watchdog.Analysis.Text;

/// <summary>
/// Splits text into word tokens: runs of letters, digits and combining marks, held together across
/// soft hyphens and across an apostrophe between two letters (м’ясо, O'Brien). Hyphens and all other
/// punctuation separate words, as in Lucene's standard tokenizer.
/// </summary>
public static class Tokenizer
{
    /// <summary>
    /// Errs towards fewer characters a word than news has (about six with its space and punctuation in en, ru and kk):
    /// a list a little too large costs a few bytes a word, one too small is copied into one twice its size, and the
    /// copies of every article's token lists were a large share of the ingest's allocations.
    /// </summary>
    private const int AverageCharactersPerWord = 5;

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(ExpectedWords(text));
        var position = 0;
        while (NextToken(text, ref position, out var token)) tokens.Add(token);
        return tokens;
    }

    /// <summary>
    /// The next token of <see cref="Tokenize"/> at or after <paramref name="position"/>, and <paramref name="position"/>
    /// moved past it; false when none is left. For callers that read the tokens once, as they come (no list).
    /// </summary>
    public static bool NextToken(string text, ref int position, out Token token)
    {
        while (NextWord(text, ref position, out var start, out var length))
        {
            var normalized = WordNormalizer.Normalize(text.AsSpan(start, length));
            if (normalized.Length == 0) continue;
            token = new Token(normalized, start, length, char.IsUpper(text[start]));
            return true;
        }
        token = default;
        return false;
    }

    /// <summary>
    /// The next word at or after <paramref name="position"/> as written (before <see cref="WordNormalizer"/>, which may
    /// leave nothing of it), and <paramref name="position"/> moved past it; false when no word is left. For callers
    /// that key words by their written form themselves, as the matcher does.
    /// </summary>
    public static bool NextWord(string text, ref int position, out int start, out int length)
    {
        var i = position;
        while (i < text.Length && !IsWordChar(text[i])) i++;
        start = i;
        while (i < text.Length && (IsWordChar(text[i]) || IsJoiner(text, i))) i++;
        length = i - start;
        position = i;
        return length > 0;
    }

    /// <summary>A list capacity for the words of <paramref name="text"/>, enough for news text as written (see <see cref="AverageCharactersPerWord"/>).</summary>
    public static int ExpectedWords(string text) => text.Length / AverageCharactersPerWord + 1;

    /// <summary>
    /// The normalised words only, for callers that do not need offsets: the words of <see cref="Tokenize"/>, read as
    /// they are enumerated rather than into a list of tokens first (tone, language and alert keys read every article so).
    /// </summary>
    public static IEnumerable<string> Words(string text)
    {
        var position = 0;
        while (NextToken(text, ref position, out var token)) yield return token.Text;
    }

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
