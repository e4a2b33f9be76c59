namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>
/// Feature hash → offset of its weights, as an open-addressing table at most half full: tagging looks up some 40
/// features a token, most of them absent from the model, and a probe of one or two array slots answers faster than a
/// Dictionary. Each slot holds its key and offset side by side, so a probe of a table of megabytes costs one cache miss,
/// not one for the key and another for the offset. Immutable once built.
/// </summary>
internal sealed class FeatureTable
{
    private const int Empty = -1;

    private readonly Entry[] _entries;
    private readonly int _shift;

    public FeatureTable(IReadOnlyDictionary<uint, int> offsets)
    {
        var bits = 4;
        while ((1 << bits) < offsets.Count * 2) bits++;
        _entries = new Entry[1 << bits];
        Array.Fill(_entries, new Entry(0, Empty));
        _shift = 32 - bits;
        var mask = _entries.Length - 1;
        foreach (var (key, offset) in offsets)
        {
            var slot = Slot(key);
            while (_entries[slot].Offset != Empty) slot = (slot + 1) & mask;
            _entries[slot] = new Entry(key, offset);
        }
        Count = offsets.Count;
    }

    /// <summary>How many features the table holds.</summary>
    public int Count { get; }

    /// <summary>Each feature with the offset of its weights, in no particular order.</summary>
    public IEnumerable<(uint Key, int Offset)> Features() => _entries.Where(entry => entry.Offset != Empty).Select(entry => (entry.Key, entry.Offset));

    /// <returns>The offset of the feature's weights, or -1 when the model has none.</returns>
    public int Find(uint key)
    {
        var mask = _entries.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var entry = _entries[slot];
            if (entry.Offset == Empty || entry.Key == key) return entry.Offset;
        }
    }

    private readonly record struct Entry(uint Key, int Offset);

    // Fibonacci hashing: the feature hashes are already mixed, this spreads their high bits over the table.
    private int Slot(uint key) => (int)((key * 2654435769u) >> _shift);
}
