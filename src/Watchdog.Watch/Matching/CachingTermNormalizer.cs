using System.Collections.Concurrent;

namespace Watchdog.Watch.Matching;

/// <summary>Remembers normal forms: news text repeats the same few thousand words, and stemming each again dominates matching time.</summary>
public sealed class CachingTermNormalizer(ITermNormalizer inner) : ITermNormalizer
{
    /// <summary>Beyond this many remembered forms per language, new words are normalised without being remembered (bounded memory).</summary>
    public const int MaxEntriesPerLanguage = 500_000;

    private readonly ConcurrentDictionary<string, FormCache> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FormCache> _names = new(StringComparer.Ordinal);

    public string Normalize(string word, string language) => Lookup(_words, word, language, inner.Normalize);

    public string NormalizeName(string word, string language) => Lookup(_names, word, language, inner.NormalizeName);

    private static string Lookup(ConcurrentDictionary<string, FormCache> caches, string word, string language, Func<string, string, string> normalize)
    {
        var cache = caches.GetOrAdd(language, static _ => new FormCache());
        if (cache.Forms.TryGetValue(word, out var form)) return form;
        form = normalize(word, language);
        // ConcurrentDictionary.Count takes every lock; a separate counter keeps misses cheap.
        if (Volatile.Read(ref cache.Count) < MaxEntriesPerLanguage && cache.Forms.TryAdd(word, form)) Interlocked.Increment(ref cache.Count);
        return form;
    }

    private sealed class FormCache
    {
        public readonly ConcurrentDictionary<string, string> Forms = new(StringComparer.Ordinal);
        public int Count;
    }
}
