namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// Values by dense term id, readable in constant time, all forgotten at once by <see cref="Clear"/> without touching the
/// array: each slot carries the stamp of the filling it was written in, and a slot of an earlier filling reads as
/// absent. One instance is reused for every article or story, where a dictionary lookup per term (hashing its language
/// and stem) cost more than the work around it, and clearing an array the size of the vocabulary each time would too.
/// </summary>
internal sealed class StampedTable<T> where T : struct
{
    private T[] _values = [];
    private int[] _stamps = [];
    private int _stamp;

    /// <summary>Forgets every value and makes room for ids below <paramref name="idCount"/>.</summary>
    public void Clear(int idCount)
    {
        if (_stamps.Length < idCount)
        {
            var size = Math.Max(idCount, _stamps.Length * 2);
            Array.Resize(ref _values, size);
            Array.Resize(ref _stamps, size);
        }
        _stamp++;
    }

    /// <param name="id">Below the id count given to the last <see cref="Clear"/>.</param>
    public void Set(int id, T value)
    {
        _values[id] = value;
        _stamps[id] = _stamp;
    }

    /// <returns>Whether a value was set for the id since the last <see cref="Clear"/>.</returns>
    public bool TryGet(int id, out T value)
    {
        if (id < _stamps.Length && _stamps[id] == _stamp)
        {
            value = _values[id];
            return true;
        }
        value = default;
        return false;
    }
}
