using Watchdog.Core.Articles;

namespace Watchdog.Core.Search;

/// <summary>The tone of a search's matches, in aggregate only: over the period, per time bucket and per source.</summary>
public sealed record ToneBreakdown(ToneCounts Total, IReadOnlyList<ToneCounts> PerBucket, IReadOnlyDictionary<long, ToneCounts> BySource)
{
    public static ToneBreakdown Empty(int buckets) => new(ToneCounts.None, [.. Enumerable.Repeat(ToneCounts.None, buckets)], new Dictionary<long, ToneCounts>());
}

/// <summary>Adds up matches by tone while an index walks them; both search indexes build their <see cref="ToneBreakdown"/> with it.</summary>
public sealed class ToneTally(int buckets)
{
    // Per bucket (and per source): positive, negative, neutral, untagged.
    private const int Slots = 4;
    private const int UntaggedSlot = 3;
    private readonly long[] _total = new long[Slots];
    private readonly long[] _perBucket = new long[buckets * Slots];
    private readonly Dictionary<long, long[]> _bySource = [];

    /// <param name="bucket">The match's time bucket, or -1 when it falls outside the buckets (it still counts in the total).</param>
    public void Add(int bucket, long source, Tone? tone, long count = 1)
    {
        var slot = tone switch { Tone.Positive => 0, Tone.Negative => 1, Tone.Neutral => 2, _ => UntaggedSlot };
        _total[slot] += count;
        if (bucket >= 0 && bucket < buckets) _perBucket[bucket * Slots + slot] += count;
        if (!_bySource.TryGetValue(source, out var perSource)) _bySource[source] = perSource = new long[Slots];
        perSource[slot] += count;
    }

    public ToneBreakdown Result() => new(
        Counts(_total),
        [.. Enumerable.Range(0, buckets).Select(b => Counts(_perBucket.AsSpan(b * Slots, Slots)))],
        _bySource.ToDictionary(s => s.Key, s => Counts(s.Value)));

    private static ToneCounts Counts(ReadOnlySpan<long> slots) => new(slots[0], slots[1], slots[2], slots[UntaggedSlot]);
}
