namespace Watchdog.Watch.Matching.Compiled;

/// <summary>
/// A per-thread set of candidate query indexes, reused across documents: marking by generation number means
/// nothing is cleared or allocated per article, which matters at thousands of articles per second.
/// </summary>
internal sealed class CandidateScratch
{
    [ThreadStatic] private static CandidateScratch? _current;

    private int[] _marks = [];
    private int _generation;
    private readonly List<int> _members = [];

    public static CandidateScratch For(int queryCount)
    {
        var scratch = _current ??= new CandidateScratch();
        scratch.Reset(queryCount);
        return scratch;
    }

    public void Add(int query)
    {
        if (_marks[query] == _generation) return;
        _marks[query] = _generation;
        _members.Add(query);
    }

    public int[] ToSortedArray()
    {
        var result = _members.ToArray();
        Array.Sort(result);
        return result;
    }

    private void Reset(int queryCount)
    {
        _members.Clear();
        if (_marks.Length < queryCount || _generation == int.MaxValue)
        {
            _marks = new int[Math.Max(queryCount, _marks.Length)];
            _generation = 0;
        }
        _generation++;
    }
}
