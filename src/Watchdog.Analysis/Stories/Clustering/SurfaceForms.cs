namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>How often each written form of each term occurred in a story, so a label shows Алматы, not the stem алмат.</summary>
internal sealed class SurfaceForms
{
    private readonly Dictionary<Term, Dictionary<string, int>> _counts = [];

    public void Add(IEnumerable<(Term Term, string Surface)> words)
    {
        foreach (var (term, surface) in words)
        {
            if (!_counts.TryGetValue(term, out var forms)) _counts[term] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
            forms[surface] = forms.GetValueOrDefault(surface) + 1;
        }
    }

    /// <summary>The commonest form (ties: the shortest, then ordinal order); the stem when none was recorded.</summary>
    public string MostFrequent(Term term) =>
        _counts.TryGetValue(term, out var forms)
            ? forms.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key.Length).ThenBy(pair => pair.Key, StringComparer.Ordinal).First().Key
            : term.Stem;
}
