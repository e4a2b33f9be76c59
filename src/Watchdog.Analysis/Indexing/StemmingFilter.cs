using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Watchdog.Analysis.Morphology;

namespace Watchdog.Analysis.Indexing;

/// <summary>
/// Replaces each term by its <see cref="Normalizer"/> key in one language — Russian or English Snowball,
/// or the Kazakh suffix stripper — the same function query terms and standing queries go through.
/// </summary>
public sealed class StemmingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly string _language;

    public StemmingFilter(TokenStream input, string language) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _language = language;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var stem = Normalizer.Stem(_term.ToString(), _language);
        _term.SetEmpty().Append(stem);
        return true;
    }
}
