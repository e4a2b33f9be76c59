namespace Watchdog.Analysis.Transliteration;

/// <summary>
/// The spellings a watchlist name may appear under: the name as given, its Latin forms by each common
/// romanisation (BGN/PCGN, press, passport, Kazakh Latin 2021) and, for a Latin name, its Cyrillic form
/// and that form's other romanisations (Nazarbayev → Назарбаев → Nazarbaev); Kazakh and Russian Cyrillic
/// spellings of one name both (<see cref="NameVariants"/>).
/// </summary>
public static class NameAliases
{
    public static IReadOnlyList<string> Generate(string name) => NameVariants.SpellingsOf(name);
}
