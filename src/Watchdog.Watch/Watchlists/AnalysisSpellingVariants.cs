using Watchdog.Analysis.Transliteration;

namespace Watchdog.Watch.Watchlists;

/// <summary>
/// The production source of spelling variants: <see cref="NameAliases"/> (Cyrillic ↔ Latin by each common
/// romanisation, including the official Kazakh Latin alphabet). Limit: it is applied to every watchlist entry, and for
/// ordinary words (not names) a transliterated form rarely occurs in text, so it costs a few extra terms and finds little.
/// </summary>
public sealed class AnalysisSpellingVariants : ISpellingVariants
{
    public static AnalysisSpellingVariants Instance { get; } = new();

    public IEnumerable<string> VariantsOf(string text) => NameAliases.Generate(text);
}
