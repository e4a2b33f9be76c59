using Watchdog.Analysis.Morphology.Names;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Stories.Anchors;

/// <summary>
/// What reports of one event in Russian, Kazakh and English have in common without translation: the names in them
/// (as <see cref="NameSkeleton"/> keys), the numbers (40, 2026, 17) and the months of their dates. Each anchor is a
/// string key of no language: <c>n:tkv</c>, <c>#40</c>, <c>m:11</c>.
/// </summary>
public static class SharedAnchors
{
    /// <summary>Numbers shorter than this (0–9) are everywhere ("2 человека", "one of 3") and tell nothing.</summary>
    public const int MinimumNumberLength = 2;

    /// <summary>Shorter capitalised words are mostly abbreviations and particles whose skeleton would join unrelated names.</summary>
    public const int MinimumNameLength = 4;

    // Characters after which a capital letter says "sentence start", not "name".
    private const string SentenceEnds = ".!?…:—";

    /// <summary>The anchors of a text, in order, repeated as often as they occur.</summary>
    public static IEnumerable<string> Of(string text) => Of(text, Tokenizer.Tokenize(text));

    /// <param name="tokens">The text's tokens (<see cref="Tokenizer.Tokenize"/>), for callers that read them twice.</param>
    public static IEnumerable<string> Of(string text, IReadOnlyList<Token> tokens)
    {
        foreach (var token in tokens)
        {
            var word = token.Text;
            if (char.IsAsciiDigit(word[0]))
            {
                if (word.Length >= MinimumNumberLength && word.All(char.IsAsciiDigit)) yield return "#" + word.TrimStart('0');
                continue;
            }
            var month = MonthNames.Of(word);
            if (month > 0)
            {
                yield return "m:" + month;
                continue;
            }
            if (IsName(text, token) && NameSkeleton.Of(NameNormalizer.Normalize(word)) is { } key) yield return "n:" + key;
        }
    }

    private static bool IsName(string text, Token token)
    {
        var first = text[token.Start];
        if (!char.IsUpper(first) || token.Length < MinimumNameLength || StopWords.Contains(token.Text, "ru") || StopWords.Contains(token.Text, "en")
            || StopWords.Contains(token.Text, "kk")) return false;
        // ALL-CAPS words are abbreviations, spelt differently in every language (ЧС, ДЧС, ТЖД, MES).
        if (text.AsSpan(token.Start, token.Length).ToString().All(c => !char.IsLetter(c) || char.IsUpper(c))) return false;
        return !IsSentenceStart(text, token.Start);
    }

    private static bool IsSentenceStart(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            if (char.IsWhiteSpace(text[i])) continue;
            return SentenceEnds.Contains(text[i], StringComparison.Ordinal);
        }
        return true;
    }
}
