namespace Watchdog.Analysis.Languages.Models;

/// <summary>
/// Read-only per-language values for each key, stored only for the languages that have the key (most n-grams
/// and words occur in one or two of the thirteen). Laid out for few cache misses, since the n-gram tables are
/// read at random for every letter, side by side with Lingua's own models: the index holds each key's
/// slice of one array of (language, value) entries.
/// </summary>
internal sealed class SparseTable<TKey, TValue> where TKey : notnull where TValue : struct
{
    private readonly Dictionary<TKey, (int Start, int Length)> _rows;
    private readonly Entry[] _entries;

    private SparseTable(Dictionary<TKey, (int Start, int Length)> rows, Entry[] entries)
    {
        _rows = rows;
        _entries = entries;
    }

    /// <summary>One language's value of a key.</summary>
    public readonly record struct Entry(byte Language, TValue Value);

    /// <param name="perLanguage">For each language (by index, at most 256), its value of each key it has.</param>
    public static SparseTable<TKey, TValue> Build(IReadOnlyList<IReadOnlyDictionary<TKey, TValue>> perLanguage)
    {
        if (perLanguage.Count > byte.MaxValue + 1) throw new ArgumentException("At most 256 languages.", nameof(perLanguage));
        // Two passes: how many languages have each key, then each language's entry in its key's slice
        // (languages in increasing order because they are visited in that order).
        var rows = new Dictionary<TKey, (int Start, int Length)>();
        foreach (var key in perLanguage.SelectMany(values => values.Keys))
        {
            rows[key] = (0, rows.GetValueOrDefault(key).Length + 1);
        }
        var start = 0;
        foreach (var key in rows.Keys.ToList())
        {
            var length = rows[key].Length;
            rows[key] = (start, 0);
            start += length;
        }
        var entries = new Entry[start];
        for (var language = 0; language < perLanguage.Count; language++)
        {
            foreach (var (key, value) in perLanguage[language])
            {
                var (rowStart, filled) = rows[key];
                entries[rowStart + filled] = new Entry((byte)language, value);
                rows[key] = (rowStart, filled + 1);
            }
        }
        // Grown one key at a time, the index has up to twice the slots it needs; the models keep it for the process's life.
        rows.TrimExcess();
        return new SparseTable<TKey, TValue>(rows, entries);
    }

    /// <returns>The languages that have the key, in increasing order, with their values; empty when none has it.</returns>
    public ReadOnlySpan<Entry> Row(TKey key) =>
        _rows.TryGetValue(key, out var row) ? _entries.AsSpan(row.Start, row.Length) : [];
}
