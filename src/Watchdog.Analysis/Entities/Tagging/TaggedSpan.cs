namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>An entity in a tagged sentence: tokens [Start, End) of one type (PER, ORG, LOC).</summary>
public readonly record struct TaggedSpan(int Start, int End, string Type)
{
    /// <summary>The spans an IOB2 sequence holds, conlleval-style: a stray I-X opens a span, as the scorer of CoNLL does.</summary>
    public static IReadOnlyList<TaggedSpan> FromTags(IReadOnlyList<string> tags)
    {
        var spans = new List<TaggedSpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : EntityLabels.Outside;
            var prefix = tag.Length > 2 && tag[1] == '-' ? tag[0] : 'O';
            var tagType = prefix == 'O' ? null : tag[2..];
            var continues = prefix == 'I' && tagType == type;
            if (type is not null && !continues)
            {
                spans.Add(new TaggedSpan(start, i, type));
                type = null;
            }
            if (prefix != 'O' && !continues)
            {
                start = i;
                type = tagType;
            }
        }
        return spans;
    }
}
