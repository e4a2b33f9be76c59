using Watchdog.Query;

namespace Watchdog.Watch.Matching.Compiled;

/// <summary>Prefix anchors bucketed by their first two letters, so a document word is compared with only the few prefixes that can match it.</summary>
internal sealed class PrefixTable
{
    private readonly Dictionary<int, (string Prefix, int Query)[]> _byHead;

    public PrefixTable(IReadOnlyList<CompiledQuery> queries)
    {
        var byHead = new Dictionary<int, List<(string, int)>>();
        for (var q = 0; q < queries.Count; q++)
        {
            foreach (var anchor in queries[q].Anchors ?? [])
            {
                // RequiredTerms never gives a prefix shorter than QueryParser.MinPrefixLength (2).
                if (anchor.Kind != AnchorKind.Prefix) continue;
                var head = Head(anchor.Text);
                if (!byHead.TryGetValue(head, out var list)) byHead[head] = list = [];
                list.Add((anchor.Text, q));
            }
        }
        _byHead = byHead.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }

    public bool IsEmpty => _byHead.Count == 0;

    public void AddQueriesFor(string word, CandidateScratch candidates)
    {
        if (word.Length < 2 || !_byHead.TryGetValue(Head(word), out var entries)) return;
        foreach (var (prefix, query) in entries)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal)) candidates.Add(query);
        }
    }

    // Two UTF-16 units packed in an int: no substring per document word.
    private static int Head(string text) => (text[0] << 16) | text[1];
}
