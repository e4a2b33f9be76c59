using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Watchdog.Storage.Search;

/// <summary>Marks the matched words of a hit with &lt;mark&gt;, HTML-escaping everything else.</summary>
/// <remarks>
/// The reader lets wildcard and prefix queries be expanded to the terms they matched. A hit's tokens come from its
/// term vector (see <see cref="ArticleDocument"/>), which is far cheaper than analysing its text again; a document
/// without one (an index built before) is analysed as before. One per search: the weights of its terms
/// (<see cref="TermWeights"/>) are looked up once for all its hits. Thread-safe, so a page's hits can be highlighted at once.
/// </remarks>
internal sealed class HitHighlighter(LuceneQuery query, Analyzer analyzer, IndexReader reader)
{
    /// <summary>About two lines of a result list.</summary>
    private const int FragmentChars = 160;
    private const int MaxFragments = 2;
    private const string FragmentSeparator = " … ";
    /// <summary>Bounds the work per hit on very long texts; matches further in are rare and still counted by search.</summary>
    private const int MaxCharsToAnalyze = 100_000;

    private readonly IFormatter _formatter = new SimpleHTMLFormatter(HtmlText.MarkOpen, HtmlText.MarkClose);
    private readonly IEncoder _encoder = new MarkupOnlyEncoder();
    private readonly TermWeights _weights = new(reader);

    /// <summary>The term vectors of a hit (title and text), read once for both; null for a document indexed without them.</summary>
    public Fields? VectorsOf(int document) => reader.GetTermVectors(document);

    /// <param name="vectors">The hit's term vectors (<see cref="VectorsOf"/>), which give the tokens.</param>
    /// <returns>The best fragments of <paramref name="text"/>, or its opening words when nothing in it matched.</returns>
    public string Snippet(Fields? vectors, string field, string text)
    {
        var highlighted = Highlight(vectors, field, text, MaxFragments, scorer => new SimpleSpanFragmenter(scorer, FragmentChars));
        return highlighted ?? Unmarked(text);
    }

    /// <summary>The snippet of a text with nothing marked: its opening words, escaped.</summary>
    public static string Unmarked(string text) => HtmlText.Escape(Opening(text));

    public string Title(Fields? vectors, string field, string title) =>
        Highlight(vectors, field, title, 1, _ => new NullFragmenter()) ?? HtmlText.Escape(title);

    /// <param name="fragmenter">Built from the same scorer the highlighter uses: span fragmenters read its state.</param>
    private string? Highlight(Fields? vectors, string field, string text, int fragments, Func<QueryScorer, IFragmenter> fragmenter)
    {
        try
        {
            return Highlight(vectors, field, text, fragments, fragmenter, expandPrefixes: true);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            // A short prefix over a large index matches more keys than one boolean query takes; the search itself is
            // fine (prefixes run as constant-score filters), so mark the other words and leave the prefix unmarked.
            return Highlight(vectors, field, text, fragments, fragmenter, expandPrefixes: false);
        }
    }

    private string? Highlight(Fields? vectors, string field, string text, int fragments, Func<QueryScorer, IFragmenter> fragmenter, bool expandPrefixes)
    {
        if (text.Length == 0) return null;
        var scorer = new SharedWeightsQueryScorer(query, reader, field, _weights) { ExpandMultiTermQuery = expandPrefixes };
        var highlighter = new Highlighter(_formatter, _encoder, scorer)
        {
            TextFragmenter = fragmenter(scorer),
            MaxDocCharsToAnalyze = MaxCharsToAnalyze,
        };
        try
        {
            using var tokens = TokensOf(vectors, field) ?? analyzer.GetTokenStream(field, text);
            var best = highlighter.GetBestFragments(tokens, text, fragments, FragmentSeparator);
            return string.IsNullOrEmpty(best) ? null : best;
        }
        catch (InvalidTokenOffsetsException)
        {
            // An analyzer that reports offsets past the text; plain text is better than no result.
            return null;
        }
    }

    /// <summary>What <see cref="TokenSources.GetTokenStreamWithOffsets"/> gives, from vectors already read.</summary>
    private static TokenStream? TokensOf(Fields? vectors, string field) => VectorTokenStream.Of(vectors?.GetTerms(field));

    private static string Opening(string text)
    {
        if (text.Length <= FragmentChars) return text;
        var cut = text.LastIndexOf(' ', FragmentChars);
        return text[..(cut > 0 ? cut : FragmentChars)] + FragmentSeparator.TrimEnd();
    }
}
