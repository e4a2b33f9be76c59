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
    /// </summary>
    public const int Current = 2;
}
