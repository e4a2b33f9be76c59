namespace Watchdog.Analysis.Entities;

/// <summary>How a surname written alone finds the full name it stands for, in one text or over a period's counts.</summary>
public static class PersonKeys
{
    /// <summary>
    /// For each surname-only key (tokaev), the full key (k tokaev) when exactly one full key among <paramref name="keys"/>
    /// has that surname; a surname shared by two people (n nazarbaev, d nazarbaev) stays alone, as it cannot be told.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FullKeysBySurname(IEnumerable<string> keys)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        var full = distinct.Where(k => k.Contains(' ', StringComparison.Ordinal)).GroupBy(k => k[(k.LastIndexOf(' ') + 1)..], StringComparer.Ordinal)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        return distinct.Where(k => !k.Contains(' ', StringComparison.Ordinal) && full.ContainsKey(k)).ToDictionary(k => k, k => full[k], StringComparer.Ordinal);
    }
}
