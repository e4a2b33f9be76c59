using System.Buffers;
using System.Runtime.InteropServices;

namespace Watchdog.Watch.Matching;

/// <summary>
/// The positions of a field's words grouped by normal form, in one array: a form's positions are a slice of it.
/// Built in two passes over the words (count, then place), so a field costs a few arrays and one dictionary
/// however many words it has, not a list per distinct word; analysis runs on every article collected.
/// </summary>
internal sealed class FormPositions
{
    /// <summary>A field with more distinct forms than this leaves its scratch table to the collector rather than keep it.</summary>
    private const int KeptScratchForms = 4_096;

    // Slots are found in a scratch table kept per thread, then copied into one of the exact size (stored hash codes,
    // no rehashing): sized by the field's word count, two tables a field were most of what analysing an article allocated.
    [ThreadStatic] private static Dictionary<string, int>? t_scratch;

    private readonly Dictionary<string, int> _slots;
    private readonly int[] _starts; // slot → offset of its first position in _positions; [slot + 1] ends it
    private readonly int[] _positions;

    /// <param name="forms">The normal form of each word, in word order.</param>
    public FormPositions(ReadOnlySpan<string> forms)
    {
        var scratch = t_scratch ?? new Dictionary<string, int>(StringComparer.Ordinal);
        t_scratch = null; // taken while in use
        var slotOf = ArrayPool<int>.Shared.Rent(forms.Length);
        for (var i = 0; i < forms.Length; i++)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(scratch, forms[i], out var exists);
            if (!exists) slot = scratch.Count - 1;
            slotOf[i] = slot;
        }
        _slots = new Dictionary<string, int>(scratch, StringComparer.Ordinal);
        if (scratch.Count <= KeptScratchForms)
        {
            scratch.Clear();
            t_scratch = scratch;
        }
        // Counting sort: count each slot at [slot + 2], sum, then place words advancing [slot + 1]; afterwards
        // [slot] is where a slot's positions start and [slot + 1] where they end (the last entry is left over).
        _starts = new int[_slots.Count + 2];
        for (var i = 0; i < forms.Length; i++) _starts[slotOf[i] + 2]++;
        for (var s = 2; s < _starts.Length; s++) _starts[s] += _starts[s - 1];
        _positions = new int[forms.Length];
        for (var i = 0; i < forms.Length; i++) _positions[_starts[slotOf[i] + 1]++] = i; // words in order, so each slice ascends
        ArrayPool<int>.Shared.Return(slotOf);
    }

    public IEnumerable<string> Forms => _slots.Keys;

    public bool Contains(string form) => _slots.ContainsKey(form);

    /// <summary>Positions (ascending) of the words whose normal form is <paramref name="form"/>; empty when none.</summary>
    public ArraySegment<int> Of(string form) => _slots.TryGetValue(form, out var slot)
        ? new ArraySegment<int>(_positions, _starts[slot], _starts[slot + 1] - _starts[slot])
        : ArraySegment<int>.Empty;
}
