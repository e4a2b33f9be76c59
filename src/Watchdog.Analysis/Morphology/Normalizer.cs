using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Morphology;

/// <summary>
/// The key a word is indexed and matched by in a given language: inflected forms of one word share it
/// (университета, университетах → one key; Алматыда, Алматыға → one key). Used for documents and
/// query terms alike, which is what makes a search for a base form find its inflections.
/// </summary>
public static class Normalizer
{
    /// <param name="word">One word as written (any case, any apostrophe, ё or е).</param>
    /// <param name="language">ISO 639-1 code; languages without a stemmer get the normalised word back.</param>
    public static string Normalize(string word, string language) => Stem(WordNormalizer.Normalize(word), language);

    /// <summary>Stems a word already passed through <see cref="WordNormalizer"/> (as tokenizer output is).</summary>
    public static string Stem(string normalizedWord, string language) => language switch
    {
        LanguageCodes.Russian => SnowballStemming.Russian(normalizedWord),
        LanguageCodes.English => SnowballStemming.English(normalizedWord),
        LanguageCodes.Kazakh => Kazakh.KazakhStemmer.Stem(normalizedWord),
        _ => normalizedWord,
    };

    /// <summary>Whether <see cref="Normalize"/> does more than case and letter normalisation for the language.</summary>
    public static bool HasStemmer(string language) =>
        language is LanguageCodes.Russian or LanguageCodes.English or LanguageCodes.Kazakh;
}
