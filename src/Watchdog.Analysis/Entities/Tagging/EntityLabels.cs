namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>The IOB2 tags the tagger gives (PER, ORG, LOC) and the rule that keeps a tag sequence well formed.</summary>
public static class EntityLabels
{
    public const string Outside = "O";

    /// <summary>Index order is the model's label order: changing it invalidates shipped models.</summary>
    public static readonly IReadOnlyList<string> All = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

    public static int Count => All.Count;

    private static readonly Dictionary<string, int> Indexes = All.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i);

    /// <summary>The index of a tag; a type the tagger does not know (MISC and others) reads as O.</summary>
    public static int IndexOf(string tag) => Indexes.GetValueOrDefault(tag, 0);

    private static readonly bool[,] Allowed = BuildAllowed();

    /// <summary>I-X may only continue B-X or I-X (IOB2).</summary>
    public static bool CanFollow(int previous, int label) => Allowed[previous, label];

    private static bool[,] BuildAllowed()
    {
        var allowed = new bool[All.Count, All.Count];
        for (var previous = 0; previous < All.Count; previous++)
        {
            for (var label = 0; label < All.Count; label++)
            {
                var tag = All[label];
                allowed[previous, label] = !tag.StartsWith("I-", StringComparison.Ordinal)
                    || (previous > 0 && All[previous].AsSpan(2).SequenceEqual(tag.AsSpan(2)));
            }
        }
        return allowed;
    }

    public static EntityKind? KindOf(string type) => type switch
    {
        "PER" => EntityKind.Person,
        "ORG" => EntityKind.Organization,
        "LOC" => EntityKind.Location,
        _ => null,
    };
}
