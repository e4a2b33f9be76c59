using System.Collections.Concurrent;

namespace Watchdog.Analysis.Morphology;

/// <summary>
/// Remembers the key computed for each word form. News text repeats the same few thousand words, and
/// stemming each occurrence again (Snowball, the Kazakh stripper, name patterns) is most of the time spent
/// analysing a text, for the Lucene analyzers and the matcher alike. Thread-safe; memory is bounded by
/// <see cref="Capacity"/>: once full, new forms are computed without being remembered.
/// </summary>
internal sealed class WordKeyCache
{
    /// <summary>Enough for the vocabulary of years of news in one language (a few hundred thousand forms), about 75 MB when full.</summary>
    public const int DefaultCapacity = 500_000;

    private readonly Func<string, string> _computeKey;
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);
    // Looks a word up by a slice of the text it sits in: a remembered word costs no string of its own.
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _count;

    public WordKeyCache(Func<string, string> computeKey, int capacity = DefaultCapacity)
    {
        _computeKey = computeKey;
        Capacity = capacity;
        _bySpan = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Capacity { get; }

    /// <summary>How many forms are remembered (never more than <see cref="Capacity"/>).</summary>
    public int Count => Volatile.Read(ref _count);

    public string KeyOf(string word) => KeyOf(word, remember: true);

    /// <param name="word">The word form.</param>
    /// <param name="remember">
    /// False for a caller that remembers the key itself (the matcher keeps every key of a word in one entry): the key is
    /// looked up here, but a new one is not added, so a new word fills one cache rather than one per step.
    /// </param>
    public string KeyOf(string word, bool remember)
    {
        if (_keys.TryGetValue(word, out var key)) return key;
        key = _computeKey(word);
        if (remember) Remember(word, key);
        return key;
    }

    /// <summary>The key of the word written in <paramref name="word"/>; allocates only the first time a word is seen.</summary>
    public string KeyOf(ReadOnlySpan<char> word) => _bySpan.TryGetValue(word, out var key) ? key : KeyOf(word.ToString());

    // ConcurrentDictionary.Count takes every lock; a separate counter keeps misses cheap. A slot is
    // reserved before adding, so racing threads cannot push the count past the capacity.
    private void Remember(string word, string key)
    {
        if (Volatile.Read(ref _count) >= Capacity) return;
        if (Interlocked.Increment(ref _count) > Capacity || !_keys.TryAdd(word, key)) Interlocked.Decrement(ref _count);
    }
}
