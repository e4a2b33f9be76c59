using Watchdog.Query;

namespace Watchdog.Watch.Matching.Compiled;

/// <summary>Anchor word → queries, for one language: the query words normalised the way that language's documents are.</summary>
internal sealed class AnchorTable
{
    private readonly Dictionary<string, int[]> _words;
    private readonly Dictionary<string, int[]> _names;

    public AnchorTable(IReadOnlyList<CompiledQuery> queries, string language, ITermNormalizer normalizer)
    {
        var words = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var names = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var q = 0; q < queries.Count; q++)
        {
            foreach (var anchor in queries[q].Anchors ?? [])
            {
                switch (anchor.Kind)
                {
                    case AnchorKind.Word: Add(words, normalizer.Normalize(anchor.Text, language), q); break;
                    case AnchorKind.Name: Add(names, normalizer.NormalizeName(anchor.Text, language), q); break;
                }
            }
        }
        _words = Freeze(words);
        _names = Freeze(names);
    }

    public int[]? QueriesFor(string form, TermForm kind) =>
        (kind == TermForm.Name ? _names : _words).TryGetValue(form, out var queries) ? queries : null;

    private static void Add(Dictionary<string, List<int>> table, string form, int query)
    {
        if (!table.TryGetValue(form, out var list)) table[form] = list = new List<int>(1);
        if (list.Count == 0 || list[^1] != query) list.Add(query);
    }

    // Arrays instead of lists: about half the memory for 100,000 queries.
    private static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> table)
    {
        var frozen = new Dictionary<string, int[]>(table.Count, StringComparer.Ordinal);
        foreach (var (form, list) in table) frozen[form] = [.. list];
        return frozen;
    }
}
