using System.Runtime.InteropServices;

namespace Watchdog.Watch.Matching;

/// <summary>
/// The positions of a field's words grouped by normal form, in one array: a form's positions are a slice of it.
/// Built in two passes over the words (count, then place), so a field costs a few arrays and one dictionary
/// however many words it has, not a list per distinct word; analysis runs on every article collected.
/// </summary>
internal sealed class FormPositions
{
    private readonly Dictionary<string, int> _slots;
    private readonly int[] _starts; // slot → offset of its first position in _positions; one extra entry ends the last slot
    private readonly int[] _positions;

    /// <param name="forms">The normal form of each word, in word order.</param>
    public FormPositions(IReadOnlyList<string> forms)
    {
        _slots = new Dictionary<string, int>(forms.Count, StringComparer.Ordinal);
        var slotOf = new int[forms.Count];
        for (var i = 0; i < forms.Count; i++)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, forms[i], out var exists);
            if (!exists) slot = _slots.Count - 1;
            slotOf[i] = slot;
        }
        _starts = new int[_slots.Count + 1];
        foreach (var slot in slotOf) _starts[slot + 1]++;
        for (var s = 1; s < _starts.Length; s++) _starts[s] += _starts[s - 1];
        _positions = new int[forms.Count];
        var next = _starts[..^1];
        for (var i = 0; i < slotOf.Length; i++) _positions[next[slotOf[i]]++] = i; // words in order, so each slice ascends
    }

    public IEnumerable<string> Forms => _slots.Keys;

    public bool Contains(string form) => _slots.ContainsKey(form);

    /// <summary>Positions (ascending) of the words whose normal form is <paramref name="form"/>; empty when none.</summary>
    public ArraySegment<int> Of(string form) => _slots.TryGetValue(form, out var slot)
        ? new ArraySegment<int>(_positions, _starts[slot], _starts[slot + 1] - _starts[slot])
        : ArraySegment<int>.Empty;
}
