using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Morphology;

/// <summary>
/// Remembers the key computed for each word form. News text repeats the same few thousand words, and
/// stemming each occurrence again (Snowball, the Kazakh stripper, name patterns) is most of the time spent
/// analysing a text, for the Lucene analyzers and the matcher alike. Thread-safe; holds the forms met lately, at most
/// <see cref="Capacity"/> (<see cref="RecentWords{TValue}"/>).
/// </summary>
internal sealed class WordKeyCache
{
    /// <summary>
    /// Forms remembered, ≈ 150 bytes each (entry, form, key): ≤ 7.5 MB a cache, and there are six (stems of ru, kk and
    /// en, Russian name keys, name keys, normal forms). A form met once in 25,000 new forms stays: news repeats most of
    /// its words far more often than that.
    /// </summary>
    public const int DefaultCapacity = 50_000;

    private readonly Func<string, string> _computeKey;
    private readonly RecentWords<string> _keys;

    public WordKeyCache(Func<string, string> computeKey, int capacity = DefaultCapacity)
    {
        _computeKey = computeKey;
        _keys = new RecentWords<string>(capacity);
    }

    public int Capacity => _keys.Capacity;

    /// <summary>How many forms are remembered (at most <see cref="Capacity"/>, give or take the threads racing to add one).</summary>
    public int Count => _keys.Count;

    public string KeyOf(string word) => KeyOf(word, remember: true);

    /// <param name="word">The word form.</param>
    /// <param name="remember">
    /// False for a caller that remembers the key itself (the matcher keeps every key of a word in one entry): the key is
    /// looked up here, but a new one is not added, so a new word fills one cache rather than one per step.
    /// </param>
    public string KeyOf(string word, bool remember)
    {
        if (_keys.TryGet(word, out var key)) return key;
        key = _computeKey(word);
        if (remember) _keys.Remember(word, key);
        return key;
    }

    /// <summary>The key of the word written in <paramref name="word"/>; allocates only when the word is not remembered.</summary>
    public string KeyOf(ReadOnlySpan<char> word) => _keys.TryGet(word, out var key) ? key : KeyOf(word.ToString());
}
