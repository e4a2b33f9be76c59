using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Stories;

/// <summary>One word of a text: the key its inflected forms share and the normalised form it was written in.</summary>
public readonly record struct StemmedWord(string Stem, string Surface);

/// <summary>
/// The words of a text as story and duplicate detection see them: tokenised, normalised and stemmed in the
/// text's language, so Казахстан and Казахстана are one term.
/// </summary>
public static class StemmedWords
{
    /// <summary>
    /// Words with a stem of at least this many characters. One-letter words (в, и, a) carry no topic and are
    /// the commonest tokens, so dropping them keeps them out of every vector at no cost.
    /// </summary>
    public const int MinimumStemLength = 2;

    /// <remarks>Reads the words as they are enumerated (<see cref="Tokenizer.Words"/>): no list of tokens for a caller that reads them once.</remarks>
    public static IEnumerable<StemmedWord> Of(string text, string language) => Stemmed(Tokenizer.Words(text), language);

    /// <summary>The words of a text already tokenised (<see cref="Tokenizer.Tokenize"/>), for callers that read its tokens twice.</summary>
    public static IEnumerable<StemmedWord> Of(IReadOnlyList<Token> tokens, string language) => Stemmed(tokens.Select(token => token.Text), language);

    private static IEnumerable<StemmedWord> Stemmed(IEnumerable<string> words, string language)
    {
        foreach (var word in words)
        {
            var stem = Normalizer.Stem(word, language);
            if (stem.Length >= MinimumStemLength) yield return new StemmedWord(stem, word);
        }
    }
}
