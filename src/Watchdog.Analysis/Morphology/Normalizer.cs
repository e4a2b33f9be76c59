using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Morphology;

/// <summary>
/// The key a word is indexed and matched by in a given language: inflected forms of one word share it
/// (университета, университетах → one key; Алматыда, Алматыға → one key; Назарбаев, Назарбаеву → one key).
/// Used for documents and query terms alike, which is what makes a search for a base form find its inflections.
/// Keys are remembered per language (<see cref="WordKeyCache"/>), so repeated words cost a lookup.
/// </summary>
public static class Normalizer
{
    private static readonly WordKeyCache RussianKeys = new(RussianStemming.Stem);
    private static readonly WordKeyCache EnglishKeys = new(SnowballStemming.English);
    private static readonly WordKeyCache KazakhKeys = new(Kazakh.KazakhStemmer.Stem);

    /// <param name="word">One word as written (any case, any apostrophe, ё or е).</param>
    /// <param name="language">ISO 639-1 code; languages without a stemmer get the normalised word back.</param>
    public static string Normalize(string word, string language) => Stem(WordNormalizer.Normalize(word), language);

    /// <summary>Stems a word already passed through <see cref="WordNormalizer"/> (as tokenizer output is).</summary>
    public static string Stem(string normalizedWord, string language) => language switch
    {
        LanguageCodes.Russian => RussianKeys.KeyOf(normalizedWord),
        LanguageCodes.English => EnglishKeys.KeyOf(normalizedWord),
        LanguageCodes.Kazakh => KazakhKeys.KeyOf(normalizedWord),
        _ => normalizedWord,
    };

    /// <summary>Whether <see cref="Normalize"/> does more than case and letter normalisation for the language.</summary>
    public static bool HasStemmer(string language) =>
        language is LanguageCodes.Russian or LanguageCodes.English or LanguageCodes.Kazakh;
}
