namespace Watchdog.Watch.Watchlists;

/// <summary>Other spellings of a watchlist entry or alias: Cyrillic ↔ Latin transliterations (official Kazakh Latin, common English spellings).</summary>
public interface ISpellingVariants
{
    IEnumerable<string> VariantsOf(string text);
}
