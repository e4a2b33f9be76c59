using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Morphology.Names;

namespace Watchdog.Watch.Matching;

/// <summary>
/// The production normaliser: Watchdog.Analysis stemmers (ru, en Snowball; kk suffix stripper) and name normalisation.
/// Both remember the keys they computed, shared with the Lucene analyzers, so matching needs no cache of its own.
/// </summary>
public sealed class AnalysisTermNormalizer : ITermNormalizer
{
    public static ITermNormalizer Default { get; } = new AnalysisTermNormalizer();

    public string Normalize(string word, string language) => Normalizer.Stem(word, language);

    public string Normalize(string word, string language, bool capitalised) => Normalizer.Stem(word, language, capitalised);

    /// <summary>Names are normalised the same way in every language: a surname inflects alike in Russian and Kazakh text.</summary>
    public string NormalizeName(string word, string language) => NameNormalizer.Normalize(word);

    /// <summary>Looked up in the shared caches (the Lucene analyzers fill them as they index), never added to them.</summary>
    public (string WordKey, string NameKey) DocumentKeys(string word, string language, bool capitalised) =>
        (Normalizer.Stem(word, language, capitalised, remember: false), NameNormalizer.Normalize(word, remember: false));
}
