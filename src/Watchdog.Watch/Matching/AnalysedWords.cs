using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Watchdog.Analysis.Text;

namespace Watchdog.Watch.Matching;

/// <summary>A word as written, analysed for matching: its normal form and both keys the matcher looks it up by.</summary>
/// <param name="Text">The normal form (<see cref="WordNormalizer"/>); empty when nothing of the word is left.</param>
internal sealed record AnalysedWord(string Text, bool Capitalised, string WordKey, string NameKey);

/// <summary>
/// Every word of every article is normalised, stemmed and name-keyed; each step has its own cache, but three lookups in
/// tables of hundreds of thousands of words per word (memory-bound) were most of the analysis time. This remembers all
/// three under the word as written, per normaliser and language, so a word seen before costs one lookup by a slice of
/// the text and no allocation. Thread-safe; bounded like the caches behind it.
/// </summary>
internal sealed class AnalysedWords
{
    /// <summary>
    /// Written forms remembered per language: a year of news in one language uses a few hundred thousand; about
    /// 150 bytes each (entry, record, written form; the keys are shared with the caches behind), so ≤ 30 MB a language.
    /// </summary>
    private const int Capacity = 200_000;

    private static readonly ConditionalWeakTable<ITermNormalizer, ConcurrentDictionary<string, AnalysedWords>> ByNormalizer = [];

    private readonly ITermNormalizer _normalizer;
    private readonly string _language;
    private readonly ConcurrentDictionary<string, AnalysedWord> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnalysedWord>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _count;

    private AnalysedWords(ITermNormalizer normalizer, string language)
    {
        _normalizer = normalizer;
        _language = language;
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
        var text = WordNormalizer.Normalize(written);
        if (text.Length == 0) return new AnalysedWord(text, false, text, text);
        var capitalised = char.IsUpper(written[0]);
        return new AnalysedWord(text, capitalised, _normalizer.Normalize(text, _language, capitalised), _normalizer.NormalizeName(text, _language));
    }
}
