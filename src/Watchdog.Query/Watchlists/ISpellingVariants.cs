namespace Watchdog.Query.Watchlists;

/// <summary>Other spellings of a watchlist entry or alias: Cyrillic ↔ Latin transliterations (official Kazakh Latin, common English spellings).</summary>
public interface ISpellingVariants
{
    IEnumerable<string> VariantsOf(string text);

    /// <summary>
    /// The spellings of one word, one per route and the same number for every word (with repeats), the word itself
    /// first, so that the words of a phrase are spelled alike: the i-th of each word make the phrase's i-th spelling.
    /// </summary>
    IReadOnlyList<string> AlignedVariantsOf(string word) => [word];
}
