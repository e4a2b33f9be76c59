namespace Watchdog.Core.Queue;

/// <summary>
/// Which kinds of work a lease takes, and which of them go first: every due item of an earlier tier before any of a
/// later one, and within a tier the earliest due first (not_before, then id), as before tiers existed.
/// </summary>
public sealed class LeaseOrder
{
    private readonly Dictionary<string, int> _ranks;

    private LeaseOrder(Dictionary<string, int> ranks) => _ranks = ranks;

    /// <summary>The kinds, each with its tier's rank (0 goes first).</summary>
    public IReadOnlyDictionary<string, int> Ranks => _ranks;

    public IReadOnlyCollection<string> Kinds => _ranks.Keys;

    /// <summary>All <paramref name="kinds"/> in one tier: leased purely in due order.</summary>
    public static LeaseOrder Together(IEnumerable<string> kinds) => InTiers([kinds]);

    /// <summary>A kind named in more than one tier keeps its first (earliest) tier.</summary>
    public static LeaseOrder InTiers(IEnumerable<IEnumerable<string>> tiers)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        var rank = 0;
        foreach (var tier in tiers)
        {
            foreach (var kind in tier) ranks.TryAdd(kind, rank);
            rank++;
        }
        return new LeaseOrder(ranks);
    }

    /// <summary>The rank of <paramref name="kind"/>; a kind not in this order sorts last.</summary>
    public int RankOf(string kind) => _ranks.TryGetValue(kind, out var rank) ? rank : int.MaxValue;
}
