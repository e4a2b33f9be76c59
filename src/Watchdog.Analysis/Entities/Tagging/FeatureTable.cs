namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>
/// Feature hash → offset of its weights, as an open-addressing table at most half full: tagging looks up some 40
/// features a token, most of them absent from the model, and a probe of one or two array slots answers faster than a
/// Dictionary. Immutable once built.
/// </summary>
internal sealed class FeatureTable
{
    private const int Empty = -1;

    private readonly uint[] _keys;
    private readonly int[] _offsets;
    private readonly int _shift;

    public FeatureTable(IReadOnlyDictionary<uint, int> offsets)
    {
        var bits = 4;
        while ((1 << bits) < offsets.Count * 2) bits++;
        _keys = new uint[1 << bits];
        _offsets = new int[1 << bits];
        Array.Fill(_offsets, Empty);
        _shift = 32 - bits;
        var mask = _keys.Length - 1;
        foreach (var (key, offset) in offsets)
        {
            var slot = Slot(key);
            while (_offsets[slot] != Empty) slot = (slot + 1) & mask;
            _keys[slot] = key;
            _offsets[slot] = offset;
        }
    }

    /// <returns>The offset of the feature's weights, or -1 when the model has none.</returns>
    public int Find(uint key)
    {
        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var offset = _offsets[slot];
            if (offset == Empty || _keys[slot] == key) return offset;
        }
    }

    // Fibonacci hashing: the feature hashes are already mixed, this spreads their high bits over the table.
    private int Slot(uint key) => (int)((key * 2654435769u) >> _shift);
}
