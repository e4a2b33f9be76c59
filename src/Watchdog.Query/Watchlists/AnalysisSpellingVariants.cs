using Watchdog.Analysis.Transliteration;

namespace Watchdog.Query.Watchlists;

/// <summary>
/// The production source of spelling variants: <see cref="NameAliases"/> (Cyrillic ↔ Latin by each common
/// romanisation, including the official Kazakh Latin alphabet; Russian and Kazakh Cyrillic spellings: <see cref="NameVariants"/>).
/// Applied to names — capitalised query words, person/organisation/place entries, words inside <c>translit:</c>.
/// </summary>
public sealed class AnalysisSpellingVariants : ISpellingVariants
{
    public static AnalysisSpellingVariants Instance { get; } = new();

    public IEnumerable<string> VariantsOf(string text) => NameVariants.Of(text);

    public IReadOnlyList<string> AlignedVariantsOf(string word) => NameVariants.Aligned(word);
}
