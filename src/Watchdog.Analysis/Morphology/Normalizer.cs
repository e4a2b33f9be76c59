using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Morphology;

/// <summary>
/// The key a word is indexed and matched by in a given language: inflected forms of one word share it
/// (университета, университетах → one key; Алматыда, Алматыға → one key; Назарбаев, Назарбаеву → one key),
/// while words that are merely spelled alike keep apart (Иван / Иванов, мир / мировой, universe / university).
/// Used for documents and query terms alike, which is what makes a search for a base form find its inflections.
/// Keys are remembered per language (<see cref="WordKeyCache"/>), so repeated words cost a lookup.
/// </summary>
public static class Normalizer
{
    private static readonly WordKeyCache RussianKeys = new(RussianStemming.Stem);
    private static readonly WordKeyCache RussianNameKeys = new(RussianStemming.StemCapitalised);
    private static readonly WordKeyCache EnglishKeys = new(EnglishStemming.Stem);
    private static readonly WordKeyCache KazakhKeys = new(Kazakh.KazakhStemmer.Stem);

    /// <param name="word">One word as written (any case, any apostrophe, ё or е); an upper-case first letter makes it name-like.</param>
    /// <param name="language">ISO 639-1 code; languages without a stemmer get the normalised word back.</param>
    public static string Normalize(string word, string language) =>
        Stem(WordNormalizer.Normalize(word), language, IsCapitalised(word));

    /// <summary>
    /// Stems a word already passed through <see cref="WordNormalizer"/> (as tokenizer output is). A word that still
    /// starts with an upper-case letter (as the query expander writes a capitalised query word) is keyed as
    /// capitalised, like <see cref="Stem(string, string, bool)"/> with true.
    /// </summary>
    public static string Stem(string normalizedWord, string language) => IsCapitalised(normalizedWord)
        ? Stem(WordNormalizer.Normalize(normalizedWord), language, capitalised: true)
        : Stem(normalizedWord, language, capitalised: false);

    /// <param name="normalizedWord">A lower-case word from <see cref="WordNormalizer"/>.</param>
    /// <param name="capitalised">
    /// Whether it was written with an upper-case first letter (<see cref="Token.Capitalised"/>). Only Russian keys
    /// differ: a capitalised word in -ов/-ев keeps that suffix (Иванов, Иванову → иванов, apart from Иван), where a
    /// lower-case one is a genitive plural that loses it (банков → банк).
    /// </param>
    public static string Stem(string normalizedWord, string language, bool capitalised) => Stem(normalizedWord, language, capitalised, remember: true);

    /// <param name="normalizedWord">A lower-case word from <see cref="WordNormalizer"/>.</param>
    /// <param name="language">ISO 639-1 code.</param>
    /// <param name="capitalised">Whether it was written with an upper-case first letter.</param>
    /// <param name="remember">False when the caller remembers the key itself (see <see cref="WordKeyCache.KeyOf(string, bool)"/>).</param>
    public static string Stem(string normalizedWord, string language, bool capitalised, bool remember) => language switch
    {
        LanguageCodes.Russian => (capitalised ? RussianNameKeys : RussianKeys).KeyOf(normalizedWord, remember),
        LanguageCodes.English => EnglishKeys.KeyOf(normalizedWord, remember),
        LanguageCodes.Kazakh => KazakhKeys.KeyOf(normalizedWord, remember),
        _ => normalizedWord,
    };

    /// <summary>
    /// <see cref="Stem(string, string, bool)"/> of a word written in a slice of a buffer (a Lucene term): a word seen
    /// before costs no string of its own.
    /// </summary>
    public static string Stem(ReadOnlySpan<char> normalizedWord, string language, bool capitalised) => language switch
    {
        LanguageCodes.Russian => (capitalised ? RussianNameKeys : RussianKeys).KeyOf(normalizedWord),
        LanguageCodes.English => EnglishKeys.KeyOf(normalizedWord),
        LanguageCodes.Kazakh => KazakhKeys.KeyOf(normalizedWord),
        _ => normalizedWord.ToString(),
    };

    /// <summary>Whether <see cref="Normalize"/> does more than case and letter normalisation for the language.</summary>
    public static bool HasStemmer(string language) =>
        language is LanguageCodes.Russian or LanguageCodes.English or LanguageCodes.Kazakh;

    /// <summary>
    /// Whether a lower-case word may get another key when capitalised (Russian -ов/-ев: назарбаев → назарба, Назарбаев
    /// → назарбаев), in a language where it could be Russian: a query word typed in lower case is then looked up both ways.
    /// </summary>
    public static bool KeyDependsOnCapitalisation(string normalizedWord) => RussianStemming.KeepsSuffixWhenCapitalised(normalizedWord);

    /// <summary>Whether a word as written starts with an upper-case letter (ИВАНОВ and Иванов alike).</summary>
    public static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);
}
