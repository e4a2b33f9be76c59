using System.Runtime.InteropServices;

namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>How often each written form of each term occurred in a story, so a label shows Алматы, not the stem алмат.</summary>
internal sealed class SurfaceForms
{
    private readonly Dictionary<Term, TermForms> _counts = [];

    public void Add(IEnumerable<(Term Term, string Surface)> words)
    {
        foreach (var (term, surface) in words)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_counts, term, out _).Add(surface);
        }
    }

    /// <summary>The commonest form (ties: the shortest, then ordinal order); the stem when none was recorded.</summary>
    public string MostFrequent(Term term) =>
        _counts.TryGetValue(term, out var forms)
            ? forms.All().OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key.Length).ThenBy(pair => pair.Key, StringComparer.Ordinal).First().Key
            : term.Stem;

    /// <summary>
    /// One term's forms: the first inline, a dictionary only once a second form appears. Most terms of a story are
    /// written one way, and a dictionary per term was the largest part of an open story (a heap dump of the service:
    /// 69,000 of them after 2,000 articles).
    /// </summary>
    private struct TermForms
    {
        private string? _first;
        private int _firstCount;
        private Dictionary<string, int>? _others;

        public void Add(string surface)
        {
            if (_first is null || string.Equals(_first, surface, StringComparison.Ordinal))
            {
                _first = surface;
                _firstCount++;
                return;
            }
            _others ??= new Dictionary<string, int>(StringComparer.Ordinal);
            _others[surface] = _others.GetValueOrDefault(surface) + 1;
        }

        public readonly IEnumerable<KeyValuePair<string, int>> All()
        {
            IEnumerable<KeyValuePair<string, int>> first = _first is null ? [] : [new(_first, _firstCount)];
            return _others is null ? first : first.Concat(_others);
        }
    }
}
