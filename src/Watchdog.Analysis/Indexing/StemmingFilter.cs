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

    public StemmingFilter(TokenStream input, string language) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
        _language = language;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var capitalised = (_flags.Flags & WatchdogTokenizer.CapitalisedFlag) != 0;
        var stem = Normalizer.Stem(_term.ToString(), _language, capitalised);
        _term.SetEmpty().Append(stem);
        return true;
    }
}
