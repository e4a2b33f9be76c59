using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Transliteration;

/// <summary>
/// The spellings a watchlist name may appear under: the name as given, its Latin forms by each common
/// romanisation (BGN/PCGN, press, passport, Kazakh Latin 2021) and, for a Latin name, its Cyrillic form
/// and that form's other romanisations (Nazarbayev → Назарбаев → Nazarbaev).
/// </summary>
public static class NameAliases
{
    public static IReadOnlyList<string> Generate(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0) return [];
        var aliases = new List<string> { trimmed };
        var cyrillic = IsMostlyCyrillic(trimmed) ? trimmed : Cyrillizer.ToCyrillic(trimmed);
        aliases.Add(cyrillic);
        aliases.AddRange(RomanizationSchemes.All.Select(scheme => Romanizer.ToLatin(cyrillic, scheme)));
        return [.. aliases.Distinct(StringComparer.Ordinal)];
    }

    private static bool IsMostlyCyrillic(string text) =>
        text.Count(ScriptLookalikes.IsCyrillic) >= text.Count(ScriptLookalikes.IsLatin);
}
