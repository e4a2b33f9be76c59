namespace Watchdog.Analysis;

/// <summary>
/// The version of what text analysis produces: tokens, normal forms and stems (<see cref="Text.Tokenizer"/>,
/// <see cref="Text.WordNormalizer"/>, <see cref="Morphology.Normalizer"/>, the Lucene analyzers). An index stores the
/// keys analysis produced when it was built; when this number differs, the embedded index is cleared and rebuilt.
/// </summary>
public static class AnalysisVersion
{
    /// <summary>
    /// Bump this whenever normalisation output changes for any word (a stemming rule, a new letter folding, a tokenizer
    /// change): otherwise articles indexed before keep keys that today's queries no longer produce, and are not found.
    /// 2: Russian -ов/-ев surnames share a key with their inflected forms.
    /// 3: a capitalised Russian word in -ов/-ев keeps the suffix (Иванов apart from Иван), lower-case words get plain
    ///    Snowball (мировой apart from мир); English keeps derivational suffixes (university apart from universe); Kazakh
    ///    keeps -ым/-ім, -ың/-ің and two-letter consonant-vowel stems.
    /// </summary>
    public const int Current = 3;
}
