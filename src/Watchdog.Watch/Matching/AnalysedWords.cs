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
/// Thread-safe. Bounded: it holds the forms met lately, at most <see cref="Capacity"/> (<see cref="RecentWords{TValue}"/>;
/// the shared caches behind are bounded the same way).
/// </summary>
internal sealed class AnalysedWords
{
    /// <summary>
    /// Written forms remembered per language, about 150 bytes each (entry with the keys inline, the written form, the
    /// stem): ≤ 12 MB a language. A year of news in one language brings a few hundred thousand forms, most of them seldom
    /// seen again; a form met once in 40,000 new ones stays.
    /// </summary>
    private const int Capacity = 80_000;

    private static readonly ConditionalWeakTable<ITermNormalizer, ConcurrentDictionary<string, AnalysedWords>> ByNormalizer = [];

    private readonly ITermNormalizer _normalizer;
    private readonly string _language;
    private readonly RecentWords<AnalysedWord> _words;

    private AnalysedWords(ITermNormalizer normalizer, string language)
    {
        _normalizer = normalizer;
        _language = language;
        // ru/kk/en tables (nearly every article) are sized for a generation from the start, so they never grow: a
        // ConcurrentDictionary grows by copying every entry into a new node, which made a stream of new words a quarter
        // slower. There is a table per language code articles arrive with, and most other codes bring few words.
        _words = new RecentWords<AnalysedWord>(Capacity, presize: Normalizer.HasStemmer(language));
    }

    public static AnalysedWords For(ITermNormalizer normalizer, string language) =>
        ByNormalizer.GetOrCreateValue(normalizer).GetOrAdd(language, static (lang, n) => new AnalysedWords(n, lang), normalizer);

    public AnalysedWord Of(ReadOnlySpan<char> written)
    {
        if (_words.TryGet(written, out var word)) return word;
        var key = written.ToString();
        word = Analyse(key);
        _words.Remember(key, word);
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
