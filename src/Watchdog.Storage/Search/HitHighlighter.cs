using Lucene.Net.Analysis;
using Lucene.Net.Index;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Watchdog.Storage.Search;

/// <summary>Marks the matched words of a hit with &lt;mark&gt;, HTML-escaping everything else.</summary>
/// <remarks>
/// The query's words, prefixes and phrases are read once per search (<see cref="HighlightTargets"/>); a hit's matches are
/// then looked up in its term vector (<see cref="HitOccurrences"/>) — only the query's keys, with their positions and
/// offsets — and the snippet cut around them (<see cref="SnippetText"/>). Lucene's own highlighter rebuilt every token
/// of a hit and, for a phrase, an index in memory per hit, most of a search's cost at size. A document without term
/// vectors (an index built before) is analysed instead. The weights of the query's words (<see cref="TermWeights"/>) are
/// looked up once for all hits. Thread-safe, so a page's hits can be highlighted at once.
/// </remarks>
internal sealed class HitHighlighter(LuceneQuery query, Analyzer analyzer, IndexReader reader)
{
    private readonly IReadOnlyDictionary<string, HighlightTargets> _targets = HighlightTargets.Of(query);
    private readonly TermWeights _weights = new(reader);

    /// <summary>The term vectors of a hit (title and text), read once for both; null for a document indexed without them.</summary>
    public Fields? VectorsOf(int document) => reader.GetTermVectors(document);

    /// <param name="vectors">The hit's term vectors (<see cref="VectorsOf"/>), which give the matches' places.</param>
    /// <returns>The best passages of <paramref name="text"/>, or its opening words when nothing in it matched.</returns>
    public string Snippet(Fields? vectors, string field, string text) =>
        SnippetText.Fragments(text, Marks(vectors, field, text)) ?? Unmarked(text);

    /// <summary>The snippet of a text with nothing marked: its opening words, escaped.</summary>
    public static string Unmarked(string text) => HtmlText.Escape(SnippetText.Opening(text));

    public string Title(Fields? vectors, string field, string title) =>
        SnippetText.Whole(title, Marks(vectors, field, title)) ?? HtmlText.Escape(title);

    private List<Mark> Marks(Fields? vectors, string field, string text)
    {
        if (text.Length == 0 || !_targets.TryGetValue(field, out var targets)) return [];
        var matched = HitOccurrences.Matched(targets, vectors?.GetTerms(field), () => analyzer.GetTokenStream(field, text));
        // An analyzer that reports offsets past the text would cut it wrongly; such a match is left unmarked.
        return [.. matched.Where(o => o.Start >= 0 && o.End <= text.Length && o.Start < o.End)
            .Select(o => new Mark(targets.TargetOf(o.Key), o.Start, o.End, _weights.IdfOf(field, o.Key)))];
    }
}
