using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Text;

namespace Watchdog.Watch.Matching;

/// <summary>A word as written, analysed for matching: its normal form and both keys the matcher looks it up by.</summary>
/// <param name="Text">The normal form (<see cref="WordNormalizer"/>); empty when nothing of the word is left.</param>
/// <remarks>A struct, held inside its cache entry: a remembered word is one object (the entry) besides its strings, which the collector copies once per generation.</remarks>
internal readonly record struct AnalysedWord(string Text, bool Capitalised, string WordKey, string NameKey);

/// <summary>
/// Every word of every article is normalised, stemmed and name-keyed. This remembers all three under the word as written,
/// per normaliser and language, so a word seen before costs one lookup by a slice of the text and no allocation, and a
/// new word is computed once and remembered here only (<see cref="ITermNormalizer.DocumentKeys"/>): filling a cache per
/// step (normal form, stem, name key, each an entry the collector promotes) was most of the cost of a new word.
/// Thread-safe. Bounded: once <see cref="Capacity"/> forms are remembered, new ones are computed and not kept, so memory
/// stops growing there (the shared caches behind are bounded the same way).
/// </summary>
internal sealed class AnalysedWords
{
    /// <summary>
    /// Written forms remembered per language: a year of news in one language uses a few hundred thousand; about
    /// 150 bytes each (entry with the keys inline, the written form, the stem), so ≤ 30 MB a language.
    /// </summary>
    private const int Capacity = 200_000;

    private static readonly ConditionalWeakTable<ITermNormalizer, ConcurrentDictionary<string, AnalysedWords>> ByNormalizer = [];

    private readonly ITermNormalizer _normalizer;
    private readonly string _language;
    /// <summary>
    /// Forms the table of a language other than ru/kk/en has room for before it first grows (≈ 130 KB of buckets): there
    /// is a table per language code articles arrive with, and most codes bring few words.
    /// </summary>
    private const int OtherLanguageInitialCapacity = 16_384;

    private readonly ConcurrentDictionary<string, AnalysedWord> _words;
    private readonly ConcurrentDictionary<string, AnalysedWord>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _count;

    private AnalysedWords(ITermNormalizer normalizer, string language)
    {
        _normalizer = normalizer;
        _language = language;
        // ru/kk/en tables (nearly every article) are sized for their capacity from the start (≈ 1.6 MB of buckets each),
        // so they never grow: a ConcurrentDictionary grows by copying every entry into a new node, which made a stream of
        // new words a quarter slower and left the old nodes and bucket arrays to the collector.
        var initialCapacity = Normalizer.HasStemmer(language) ? Capacity : OtherLanguageInitialCapacity;
        _words = new ConcurrentDictionary<string, AnalysedWord>(Environment.ProcessorCount, initialCapacity, StringComparer.Ordinal);
        _bySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static AnalysedWords For(ITermNormalizer normalizer, string language) =>
        ByNormalizer.GetOrCreateValue(normalizer).GetOrAdd(language, static (lang, n) => new AnalysedWords(n, lang), normalizer);

    public AnalysedWord Of(ReadOnlySpan<char> written)
    {
        if (_bySpan.TryGetValue(written, out var word)) return word;
        var key = written.ToString();
        word = Analyse(key);
        // A slot is reserved before adding, so racing threads cannot push the count past the capacity.
        if (Volatile.Read(ref _count) < Capacity && (Interlocked.Increment(ref _count) > Capacity || !_words.TryAdd(key, word)))
            Interlocked.Decrement(ref _count);
        return word;
    }

    private AnalysedWord Analyse(string written)
    {
        var text = WordNormalizer.Normalize(written, remember: false);
        if (text.Length == 0) return new AnalysedWord(text, false, text, text);
        var capitalised = char.IsUpper(written[0]);
        var (wordKey, nameKey) = _normalizer.DocumentKeys(text, _language, capitalised);
        return new AnalysedWord(text, capitalised, wordKey, nameKey);
    }
}
