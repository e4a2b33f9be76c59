using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Watchdog.Analysis.Morphology;
using Watchdog.Query;
using LuceneQuery = Lucene.Net.Search.Query;
using LucenePhraseQuery = Lucene.Net.Search.PhraseQuery;
using LucenePrefixQuery = Lucene.Net.Search.PrefixQuery;
using LuceneTermQuery = Lucene.Net.Search.TermQuery;
using WatchPhraseQuery = Watchdog.Query.PhraseQuery;
using WatchPrefixQuery = Watchdog.Query.PrefixQuery;
using WatchTermQuery = Watchdog.Query.TermQuery;

namespace Watchdog.Storage.Search;

/// <summary>
/// Translates an expanded query of Watchdog's query language (see <see cref="SearchQueryReader"/>) into a Lucene query
/// over the article fields. A word is looked up by its key in every language field searched (title_ru by the Russian
/// key, text_kk by the Kazakh key, …), exactly the key the field's analyzer indexed, so each article is matched in its
/// own language.
/// </summary>
/// <param name="languageKeys">The language fields to search (<see cref="ArticleFields.AllLanguageKeys"/>, or one when the request names a language).</param>
internal sealed class LuceneQueryTranslator(IReadOnlyList<string> languageKeys)
{
    /// <summary>A word in the title says more about the article than the same word in its body.</summary>
    private const float TitleBoost = 2f;

    /// <param name="query">null matches every article.</param>
    public LuceneQuery Translate(QueryNode? query) => query is null ? new MatchAllDocsQuery() : Node(query);

    private LuceneQuery Node(QueryNode node) => node switch
    {
        AndQuery and => All(and.Clauses),
        OrQuery or => Any(or.Clauses.Select(Node)),
        NotQuery not => Without(Node(not.Clause)),
        WatchTermQuery term => InFields(term.Field, (field, language) => new LuceneTermQuery(new Term(field, Key(term.Text, language)))),
        WatchPrefixQuery prefix => InFields(prefix.Field, (field, language) => Prefix(field, prefix.Prefix, language)),
        WatchPhraseQuery phrase => InFields(phrase.Field, (field, language) => Phrase(field, phrase, language)),
        FilterQuery filter => Filter(filter),
        DateRangeQuery range => Published(range),
        MatchNoneQuery => new BooleanQuery(),
        WatchlistQuery list => throw new InvalidOperationException($"@{list.Name} must be expanded (SearchQueryReader) before translation"),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "unknown query node"),
    };

    /// <summary>
    /// Negated clauses become MUST_NOT; Lucene cannot match on exclusions alone, so a clause list with no positive
    /// clause gets "every article" to exclude from.
    /// </summary>
    private LuceneQuery All(IReadOnlyList<QueryNode> clauses)
    {
        var all = new BooleanQuery();
        foreach (var clause in clauses)
        {
            if (clause is NotQuery not) all.Add(Node(not.Clause), Occur.MUST_NOT);
            else all.Add(Node(clause), Occur.MUST);
        }
        if (all.Clauses.All(c => c.Occur == Occur.MUST_NOT)) all.Add(new MatchAllDocsQuery(), Occur.MUST);
        return all;
    }

    /// <summary>
    /// One flat disjunction: alternatives that are disjunctions themselves (a watchlist's entries, an entry's spellings,
    /// a word's language fields) are merged in, which matches the same and costs a quarter of the nested form to run.
    /// A long list is then nested in groups, since one Lucene boolean query takes at most
    /// <see cref="BooleanQuery.MaxClauseCount"/> clauses.
    /// </summary>
    private static LuceneQuery Any(IEnumerable<LuceneQuery> queries)
    {
        var alternatives = new List<LuceneQuery>();
        foreach (var query in queries)
        {
            if (IsPlainDisjunction(query)) alternatives.AddRange(((BooleanQuery)query).Clauses.Select(clause => clause.Query));
            else alternatives.Add(query);
        }
        while (alternatives.Count > BooleanQuery.MaxClauseCount) alternatives = [.. alternatives.Chunk(BooleanQuery.MaxClauseCount).Select(AnyOf)];
        return AnyOf(alternatives);
    }

    /// <summary>Only SHOULD clauses and no boost of its own: its clauses can stand in the parent disjunction instead.</summary>
    private static bool IsPlainDisjunction(LuceneQuery query) =>
        query is BooleanQuery { MinimumNumberShouldMatch: 0 } disjunction && disjunction.Boost == 1f
        && disjunction.Clauses.All(clause => clause.Occur == Occur.SHOULD);

    private static LuceneQuery AnyOf(IReadOnlyCollection<LuceneQuery> queries)
    {
        if (queries.Count == 1) return queries.First();
        var any = new BooleanQuery();
        foreach (var query in queries) any.Add(query, Occur.SHOULD);
        return any;
    }

    private static BooleanQuery Without(LuceneQuery excluded) => new()
    {
        { new MatchAllDocsQuery(), Occur.MUST },
        { excluded, Occur.MUST_NOT },
    };

    /// <summary>The same query in the title and/or text field of every language searched.</summary>
    private LuceneQuery InFields(TextField scope, Func<string, string, LuceneQuery> build)
    {
        var fields = new List<LuceneQuery>();
        foreach (var language in languageKeys)
        {
            if (scope is TextField.Any or TextField.Title)
            {
                var title = build(ArticleFields.TitleFor(language), language);
                title.Boost = TitleBoost;
                fields.Add(title);
            }
            if (scope is TextField.Any or TextField.Text) fields.Add(build(ArticleFields.TextFor(language), language));
        }
        return Any(fields);
    }

    /// <summary>The key the language's analyzer indexes the word by (the expander has already normalised it).</summary>
    /// <remarks>
    /// Words of person names (watchlist entries of kind person) are looked up by the same key: the index keeps one key
    /// per word, so search finds every word that shares it, where the matcher also keeps a name apart from a shorter word.
    /// </remarks>
    private static string Key(string word, string language) => Normalizer.Stem(word, language);

    /// <summary>
    /// The index keeps normalised keys, not words as written: a prefix finds the keys that start with it, and the key of
    /// the prefix taken as a word, so <c>university*</c> still finds "university" (key "univers").
    /// </summary>
    private static LuceneQuery Prefix(string field, string prefix, string language)
    {
        var byPrefix = new LucenePrefixQuery(new Term(field, prefix));
        var key = Key(prefix, language);
        return key == prefix ? byPrefix : new BooleanQuery
        {
            { byPrefix, Occur.SHOULD },
            { new LuceneTermQuery(new Term(field, key)), Occur.SHOULD },
        };
    }

    /// <summary>
    /// Slop 0: the words next to each other in order. Otherwise, as in matching, all of them within
    /// <c>words - 1 + slop</c> positions in any order, which is what an unordered span query with that slop means.
    /// </summary>
    private static LuceneQuery Phrase(string field, WatchPhraseQuery phrase, string language)
    {
        if (phrase.Slop == 0)
        {
            var exact = new LucenePhraseQuery();
            foreach (var word in phrase.Words) exact.Add(new Term(field, Key(word, language)));
            return exact;
        }
        var spans = phrase.Words.Select(word => (SpanQuery)new SpanTermQuery(new Term(field, Key(word, language)))).ToArray();
        return new SpanNearQuery(spans, phrase.Slop, inOrder: false);
    }

    private static LuceneTermQuery Filter(FilterQuery filter) => filter.Field switch
    {
        FilterField.Lang => new LuceneTermQuery(new Term(ArticleFields.Language, filter.Value.Trim().ToLowerInvariant())),
        FilterField.Tag => new LuceneTermQuery(new Term(ArticleFields.Tags, filter.Value.Trim().ToLowerInvariant())),
        _ => new LuceneTermQuery(new Term(ArticleFields.SourceNames, ArticleSourceNames.Key(filter.Value))),
    };

    /// <summary>
    /// Dates are indexed in whole milliseconds; rounding both bounds up keeps "at or after From" and "before To"
    /// exact for them even when a bound falls between two milliseconds.
    /// </summary>
    private static LuceneQuery Published(DateRangeQuery range) =>
        NumericRangeQuery.NewInt64Range(ArticleFields.Date, CeilingMs(range.From), CeilingMs(range.To), minInclusive: true, maxInclusive: false);

    private static long? CeilingMs(DateTimeOffset? instant)
    {
        if (instant is not { } value) return null;
        var ms = value.ToUnixTimeMilliseconds();
        return DateTimeOffset.FromUnixTimeMilliseconds(ms) < value ? ms + 1 : ms;
    }
}
