namespace Watchdog.Watch.Watchlists;

/// <summary>Other spellings of a watchlist entry or alias: Cyrillic ↔ Latin transliterations (official Kazakh Latin, common English spellings).</summary>
public interface ISpellingVariants
{
    IEnumerable<string> VariantsOf(string text);
}

/// <summary>
/// The production source of spelling variants, delegating to Watchdog.Analysis transliteration.
/// Limit: until Watchdog.Analysis.Transliteration lands it adds none; aliases written in the watchlist still apply.
/// </summary>
public sealed class AnalysisSpellingVariants : ISpellingVariants
{
    public static AnalysisSpellingVariants Instance { get; } = new();

    public IEnumerable<string> VariantsOf(string text) => [];
}
