using System.Collections.Concurrent;

namespace Watchdog.Analysis.Morphology;

/// <summary>
/// Remembers the key computed for each word form. News text repeats the same few thousand words, and
/// stemming each occurrence again (Snowball, the Kazakh stripper, name patterns) is most of the time spent
/// analysing a text, for the Lucene analyzers and the matcher alike. Thread-safe; memory is bounded by
/// <see cref="Capacity"/>: once full, new forms are computed without being remembered.
/// </summary>
internal sealed class WordKeyCache(Func<string, string> computeKey, int capacity = WordKeyCache.DefaultCapacity)
{
    /// <summary>Enough for the vocabulary of years of news in one language (a few hundred thousand forms), about 75 MB when full.</summary>
    public const int DefaultCapacity = 500_000;

    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);
    private int _count;

    public int Capacity => capacity;

    /// <summary>How many forms are remembered (never more than <see cref="Capacity"/>).</summary>
    public int Count => Volatile.Read(ref _count);

    public string KeyOf(string word)
    {
        if (_keys.TryGetValue(word, out var key)) return key;
        key = computeKey(word);
        Remember(word, key);
        return key;
    }

    // ConcurrentDictionary.Count takes every lock; a separate counter keeps misses cheap. A slot is
    // reserved before adding, so racing threads cannot push the count past the capacity.
    private void Remember(string word, string key)
    {
        if (Volatile.Read(ref _count) >= capacity) return;
        if (Interlocked.Increment(ref _count) > capacity || !_keys.TryAdd(word, key)) Interlocked.Decrement(ref _count);
    }
}
