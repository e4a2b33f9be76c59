using Watchdog.Analysis.Languages;
using Watchdog.Watch.Matching;
using Watchdog.Query;
using Watchdog.Query.Watchlists;

namespace Watchdog.Watch.Explain;

/// <summary>Answers "does this query match this text, and why (not)?" for <c>watchdog match</c> and the API.</summary>
public sealed class MatchExplainer(ITermNormalizer normalizer, WatchlistCatalog watchlists, ISpellingVariants spellings, Func<string, string> detectLanguage)
{
    /// <summary>The production explainer: Analysis morphology, transliteration and language detection.</summary>
    public static MatchExplainer Create(WatchlistCatalog watchlists) =>
        new(AnalysisTermNormalizer.Default, watchlists, AnalysisSpellingVariants.Instance, LanguageDetector.Default.Detect);

    /// <param name="language">ISO 639-1 code; null or empty to detect it from the title and text.</param>
    /// <param name="metadata">Source, tags and date for <c>source:</c>, <c>tag:</c>, <c>published:</c>; those filters fail without it.</param>
    public MatchExplanation Explain(string query, string title, string text, string? language, DocumentMetadata? metadata = null)
    {
        var detected = string.IsNullOrWhiteSpace(language);
        var lang = detected ? detectLanguage($"{title}\n{text}") : language!.Trim().ToLowerInvariant();
        QueryNode expanded;
        try
        {
            expanded = new QueryExpander(watchlists, spellings).Expand(QueryParser.Parse(query));
        }
        catch (QueryParseException e)
        {
            return MatchExplanation.Invalid(lang, detected, e.Message, e.Position);
        }

        var document = MatchDocument.Create(title, text, lang, metadata ?? DocumentMetadata.None, normalizer);
        var terms = QueryLeaves.Of(expanded).Select(leaf => ExplainLeaf(leaf.Leaf, leaf.Negated, document)).ToArray();
        return new MatchExplanation(
            QueryEvaluator.Matches(expanded, document), lang, detected, QueryFormatter.Format(expanded), terms, PassageBuilder.Build(document, QueryLeaves.PositiveOccurrences(expanded, document)));
    }

    private static TermExplanation ExplainLeaf(QueryNode leaf, bool negated, MatchDocument document)
    {
        var text = QueryFormatter.Format(leaf);
        if (!QueryLeaves.IsWordLeaf(leaf))
        {
            var satisfied = QueryEvaluator.Matches(leaf, document);
            return new TermExplanation(text, negated, [], satisfied ? 1 : 0, []);
        }
        var occurrences = LeafMatcher.Occurrences(leaf, document).ToArray();
        var words = occurrences.Select(span => Surface(document, span)).Distinct(StringComparer.Ordinal).ToArray();
        return new TermExplanation(text, negated, FormsOf(leaf, document), occurrences.Length, words);
    }

    private static IReadOnlyList<string> FormsOf(QueryNode leaf, MatchDocument document) => leaf switch
    {
        TermQuery term => [LeafMatcher.FormOf(term.Text, term.Form, document)],
        PhraseQuery phrase => phrase.Words.Select(word => LeafMatcher.FormOf(word, phrase.Form, document)).ToArray(),
        PrefixQuery prefix => [prefix.Prefix + "*"],
        _ => [],
    };

    private static string Surface(MatchDocument document, TokenSpan span)
    {
        var field = document.Field(span.Field);
        var start = field.Tokens[span.First].Start;
        return field.Text[start..field.Tokens[span.Last].End];
    }
}
