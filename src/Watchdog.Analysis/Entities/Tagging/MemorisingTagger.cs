namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>
/// The baseline a trained tagger must beat: it remembers every entity's token sequence in the training sentences with
/// its most frequent type, and tags those sequences wherever they occur again (longest first, left to right).
/// </summary>
public sealed class MemorisingTagger
{
    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);
    private readonly int _longest;

    public MemorisingTagger(IEnumerable<TaggedSentence> training)
    {
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var sentence in training)
        {
            foreach (var span in TaggedSpan.FromTags(sentence.Tags))
            {
                var key = Key(sentence.Tokens, span.Start, span.End);
                if (!votes.TryGetValue(key, out var byType)) votes[key] = byType = [];
                byType[span.Type] = byType.GetValueOrDefault(span.Type) + 1;
                _longest = Math.Max(_longest, span.End - span.Start);
            }
        }
        foreach (var (key, byType) in votes) _types[key] = byType.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key;
    }

    public string[] Tag(IReadOnlyList<string> tokens)
    {
        var tags = Enumerable.Repeat(EntityLabels.Outside, tokens.Count).ToArray();
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = 0;
            for (var n = Math.Min(_longest, tokens.Count - i); n >= 1 && matched == 0; n--)
            {
                if (!_types.TryGetValue(Key(tokens, i, i + n), out var type)) continue;
                for (var k = 0; k < n; k++) tags[i + k] = (k == 0 ? "B-" : "I-") + type;
                matched = n;
            }
            i += Math.Max(1, matched);
        }
        return tags;
    }

    private static string Key(IReadOnlyList<string> tokens, int start, int end) => string.Join(' ', tokens.Skip(start).Take(end - start));
}
