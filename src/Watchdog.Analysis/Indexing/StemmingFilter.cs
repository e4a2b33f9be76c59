using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Watchdog.Analysis.Morphology;

namespace Watchdog.Analysis.Indexing;

/// <summary>
/// Replaces each term by its <see cref="Normalizer"/> key in one language — Russian or English Snowball,
/// or the Kazakh suffix stripper — the same function query terms and standing queries go through; the tokenizer's
/// capitalised flag (<see cref="WatchdogTokenizer.CapitalisedFlag"/>) picks the key of a name-like word.
/// </summary>
public sealed class StemmingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IFlagsAttribute _flags;
    private readonly string _language;
    private readonly bool _hasStemmer;

    public StemmingFilter(TokenStream input, string language) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
        _language = language;
        _hasStemmer = Normalizer.HasStemmer(language);
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        // A language without a stemmer keys a word by itself: the term stays as it is.
        if (!_hasStemmer) return true;
        var capitalised = (_flags.Flags & WatchdogTokenizer.CapitalisedFlag) != 0;
        var stem = Normalizer.Stem(_term.Buffer.AsSpan(0, _term.Length), _language, capitalised);
        _term.SetEmpty().Append(stem);
        return true;
    }
}
