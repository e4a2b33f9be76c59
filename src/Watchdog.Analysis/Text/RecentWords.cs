using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Watchdog.Analysis.Text;

/// <summary>
/// A value remembered per word form, for the forms met lately: at most <see cref="Capacity"/> of them, in two
/// generations. New forms go into the young generation; a form found in the old one is copied into the young one; when
/// the young one is full it becomes the old one and the old one is dropped. So a form used at least once per half of the
/// capacity stays, and memory stays bounded however long the service runs. Thread-safe.
/// </summary>
/// <remarks>
/// The caches this replaced stopped remembering once full. News never stops bringing new forms (names, numbers, typos),
/// so over weeks they filled up to their caps — up to 75 MB each, several hundred MB together — and then kept only the
/// forms of the first weeks: the names in today's news were computed again at every occurrence.
/// </remarks>
public sealed class RecentWords<TValue>
{
    private readonly int _generationCapacity;
    private readonly int _initialCapacity;
    private Generations _generations;
    private long _turnovers;

    /// <param name="capacity">Forms remembered at most (both generations; racing threads may add one each past it).</param>
    /// <param name="presize">
    /// Whether each generation's table is made at its full size at once: for tables nearly every article fills (ru/kk/en),
    /// where growing one copies every entry into a new node and leaves the old ones to the collector.
    /// </param>
    public RecentWords(int capacity, bool presize = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        Capacity = capacity;
        _generationCapacity = capacity / 2;
        _initialCapacity = presize ? _generationCapacity : 0;
        _generations = new Generations(new Generation(_initialCapacity), null);
    }

    public int Capacity { get; }

    /// <summary>Forms remembered now, in both generations.</summary>
    public int Count
    {
        get
        {
            var generations = Volatile.Read(ref _generations);
            return Volatile.Read(ref generations.Young.Count) + (generations.Old is { } old ? Volatile.Read(ref old.Count) : 0);
        }
    }

    /// <summary>Generations dropped so far: each forgot the forms not met since the one before.</summary>
    public long Turnovers => Interlocked.Read(ref _turnovers);

    public bool TryGet(string word, [MaybeNullWhen(false)] out TValue value) => TryGet(word.AsSpan(), out value);

    /// <summary>Looks the form up by a slice of the text it sits in: a form remembered costs no string of its own.</summary>
    public bool TryGet(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out TValue value)
    {
        var generations = Volatile.Read(ref _generations);
        if (generations.Young.BySpan.TryGetValue(word, out value)) return true;
        if (generations.Old is not { } old || !old.BySpan.TryGetValue(word, out var kept, out value)) return false;
        Remember(kept, value);
        return true;
    }

    public void Remember(string word, TValue value)
    {
        var generations = Volatile.Read(ref _generations);
        if (Volatile.Read(ref generations.Young.Count) >= _generationCapacity) generations = TurnOver(generations);
        var young = generations.Young;
        if (young.Entries.TryAdd(word, value)) Interlocked.Increment(ref young.Count);
    }

    /// <summary>The young generation becomes the old one; a thread that loses the race uses the winner's.</summary>
    private Generations TurnOver(Generations seen)
    {
        var next = new Generations(new Generation(_initialCapacity), seen.Young);
        var found = Interlocked.CompareExchange(ref _generations, next, seen);
        if (found != seen) return found;
        Interlocked.Increment(ref _turnovers);
        return next;
    }

    private sealed record Generations(Generation Young, Generation? Old);

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<string, TValue> Entries;
        public readonly ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> BySpan;
        public int Count;

        public Generation(int initialCapacity)
        {
            Entries = initialCapacity > 0
                ? new ConcurrentDictionary<string, TValue>(Environment.ProcessorCount, initialCapacity, StringComparer.Ordinal)
                : new ConcurrentDictionary<string, TValue>(StringComparer.Ordinal);
            BySpan = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }
}
