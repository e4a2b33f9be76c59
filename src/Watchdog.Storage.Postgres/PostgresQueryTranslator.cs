using System.Text;
using Watchdog.Analysis.Morphology;
using Watchdog.Storage.Postgres.Search;
using Watchdog.Storage.Search;
using Watchdog.Query;

namespace Watchdog.Storage.Postgres;

/// <summary>
/// A search query as SQL over <c>search_documents d</c>: the WHERE condition, the relevance of a hit, and the words a
/// snippet marks (its positive words, keyed in each hit's own language when the snippet is made).
/// </summary>
/// <param name="Score">The relevance of a hit: ts_rank_cd of its positive words, or 0 when the query has none (filters only).</param>
internal sealed record PostgresSearchQuery(
    string Condition, string Score, IReadOnlyList<HighlightedWord> Highlighted, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>
/// Translates an expanded query of Watchdog's query language (see <see cref="SearchQueryReader"/>) into PostgreSQL full
/// text search over the keys <see cref="SearchVector"/> indexed. Each word becomes its <see cref="Normalizer"/> key, once
/// per language: the condition has one branch per language key, each matching only that language's documents by that
/// language's keys, as the embedded index looks a word up in each language's field (for a query of words only, one
/// tsquery requiring each branch's language lexeme, so the GIN index alone decides; see <c>WordsOnly</c>). Words are tsquery input text
/// (read verbatim, no dictionary): AND/OR/NOT become <c>&amp;&amp;</c>, <c>||</c>, <c>!!</c> between tsqueries (one
/// GIN lookup for a group of words), phrases <c>&lt;-&gt;</c>, a prefix <c>:*</c>, <c>title:</c>/<c>text:</c> the
/// weights A and B the document vector gives title and text. Filters and dates become SQL conditions on the row.
/// </summary>
internal sealed class PostgresQueryTranslator
{
    /// <summary>
    /// PostgreSQL has no "within n words in any order"; a proximity phrase is written out as every order and spacing
    /// that fits, up to this many alternatives, beyond which it is taken as all its words anywhere (documented).
    /// </summary>
    public const int MaxProximityAlternatives = 256;

    private readonly string _languageKey;
    private readonly QueryParameters _parameters;
    /// <summary>tsquery expressions of the words not under a NOT: what ranking uses.</summary>
    private readonly List<string> _positive = [];
    /// <summary>The words not under a NOT, as written in the query: what snippets mark.</summary>
    private readonly List<HighlightedWord> _highlighted = [];
    private bool _hasWords;

    private PostgresQueryTranslator(string languageKey, QueryParameters parameters)
    {
        _languageKey = languageKey;
        _parameters = parameters;
    }

    /// <param name="query">Expanded; null matches every document.</param>
    public static PostgresSearchQuery Translate(QueryNode? query)
    {
        var parameters = new QueryParameters();
        if (query is null) return new PostgresSearchQuery("true", "0::real", [], parameters.All);
        var first = new PostgresQueryTranslator(ArticleFields.AllLanguageKeys[0], parameters);
        if (IsWordsOnly(query)) return WordsOnly(query, first, parameters);
        var condition = first.Condition(query, negated: false);
        if (!first._hasWords) return new PostgresSearchQuery(condition, "0::real", [], parameters.All);

        var branches = new List<(string LanguageKey, string Condition, PostgresQueryTranslator Translator)> { (first._languageKey, condition, first) };
        foreach (var languageKey in ArticleFields.AllLanguageKeys.Skip(1))
        {
            var translator = new PostgresQueryTranslator(languageKey, parameters);
            branches.Add((languageKey, translator.Condition(query, negated: false), translator));
        }
        var perLanguage = "(" + string.Join(" OR ", branches.Select(b => $"(d.language_key = {Literal(b.LanguageKey)} AND {b.Condition})")) + ")";
        return new PostgresSearchQuery(perLanguage, Score(branches.Select(b => b.Translator).ToList()), [.. first._highlighted.Distinct()], parameters.All);
    }

    /// <summary>
    /// A query made only of words is one tsquery: each language's keys AND that language's lexeme
    /// (<see cref="SearchVector.LanguageLexeme"/>), languages with the same keys sharing a branch. The GIN index then
    /// decides every match by itself — counting a common word reads no row — where SQL conditions per language would
    /// read each match's tsvector again.
    /// </summary>
    private static PostgresSearchQuery WordsOnly(QueryNode query, PostgresQueryTranslator first, QueryParameters parameters)
    {
        var translators = new List<PostgresQueryTranslator> { first };
        translators.AddRange(ArticleFields.AllLanguageKeys.Skip(1).Select(key => new PostgresQueryTranslator(key, parameters)));
        var tsqueries = translators.Select(t => (t._languageKey, Words: t.Tsquery(query, negated: false)!)).ToList();
        var branches = tsqueries.GroupBy(q => q.Words, StringComparer.Ordinal).Select(g => g.Count() == translators.Count
            ? g.Key
            : $"({g.Key} && {Join(g.Select(q => $"{parameters.Add(TsLexeme.Quote(SearchVector.LanguageLexeme(q._languageKey)))}::tsquery").ToList(), " || ")})").ToList();
        return new PostgresSearchQuery($"d.document @@ {Join(branches, " || ")}", Score(translators), [.. first._highlighted.Distinct()], parameters.All);
    }

    /// <summary>ts_rank_cd of the query's positive words in each hit's own language; 0 when it has none (only NOTs).</summary>
    private static string Score(IReadOnlyList<PostgresQueryTranslator> translators) =>
        translators[0]._positive.Count == 0
            ? "0::real"
            : "ts_rank_cd(d.document, CASE d.language_key "
              + string.Join(" ", translators.SkipLast(1).Select(t => $"WHEN {Literal(t._languageKey)} THEN {t.PositiveWords()}"))
              + $" ELSE {translators[^1].PositiveWords()} END)";

    /// <summary>A language key as an SQL literal (keys are fixed lower-case codes).</summary>
    private static string Literal(string languageKey) => $"'{languageKey}'";

    /// <summary>The query's positive words as one tsquery in this translator's language.</summary>
    private string PositiveWords() => Join(_positive.Distinct().ToList(), " || ");

    private string Condition(QueryNode node, bool negated)
    {
        if (Tsquery(node, negated) is { } words) return $"d.document @@ {words}";
        return node switch
        {
            AndQuery and => Combine(and.Clauses, " AND ", " && ", negated),
            OrQuery or => Combine(or.Clauses, " OR ", " || ", negated),
            NotQuery not => $"NOT ({Condition(not.Clause, !negated)})",
            FilterQuery filter => Filter(filter),
            DateRangeQuery range => Published(range),
            MatchNoneQuery => "false",
            WatchlistQuery list => throw new InvalidOperationException($"@{list.Name} must be expanded (SearchQueryReader) before translation"),
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "unknown query node"),
        };
    }

    /// <summary>The clauses made only of words go into one tsquery (one index lookup); the rest are SQL conditions.</summary>
    private string Combine(IReadOnlyList<QueryNode> clauses, string sqlOperator, string tsqueryOperator, bool negated)
    {
        var words = clauses.Where(IsWordsOnly).Select(clause => Tsquery(clause, negated)!).ToList();
        var parts = clauses.Where(clause => !IsWordsOnly(clause)).Select(clause => Condition(clause, negated)).ToList();
        if (words.Count > 0) parts.Insert(0, $"d.document @@ {Join(words, tsqueryOperator)}");
        return parts.Count == 1 ? parts[0] : "(" + string.Join(sqlOperator, parts) + ")";
    }

    private static bool IsWordsOnly(QueryNode node) => node switch
    {
        TermQuery or PrefixQuery or PhraseQuery => true,
        AndQuery and => and.Clauses.All(IsWordsOnly),
        OrQuery or => or.Clauses.All(IsWordsOnly),
        NotQuery not => IsWordsOnly(not.Clause),
        _ => false,
    };

    /// <returns>A tsquery expression when the node is made only of words, else null.</returns>
    private string? Tsquery(QueryNode node, bool negated)
    {
        if (!IsWordsOnly(node)) return null;
        switch (node)
        {
            case AndQuery and: return Join(and.Clauses.Select(c => Tsquery(c, negated)!).ToList(), " && ");
            case OrQuery or: return Join(or.Clauses.Select(c => Tsquery(c, negated)!).ToList(), " || ");
            case NotQuery not: return $"!!{Tsquery(not.Clause, !negated)}";
        }
        _hasWords = true;
        var (text, words) = node switch
        {
            TermQuery term => (Lexeme(Key(term.Text), term.Field), new[] { new HighlightedWord(term.Field, term.Text, IsPrefix: false) }),
            PhraseQuery phrase => (PhraseText(phrase), phrase.Words.Select(word => new HighlightedWord(phrase.Field, word, IsPrefix: false)).ToArray()),
            PrefixQuery prefix => (PrefixText(prefix), [new HighlightedWord(prefix.Field, prefix.Prefix, IsPrefix: true)]),
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "not a word"),
        };
        var tsquery = $"{_parameters.Add(text)}::tsquery";
        if (!negated)
        {
            _positive.Add(tsquery);
            _highlighted.AddRange(words);
        }
        return tsquery;
    }

    /// <summary>
    /// Joins as a balanced tree: PostgreSQL evaluates <c>a || b || c …</c> as nested operators, and a watchlist of
    /// thousands of entries written as one chain exceeds its stack depth limit.
    /// </summary>
    private static string Join(IReadOnlyList<string> tsqueries, string tsqueryOperator)
    {
        if (tsqueries.Count == 1) return tsqueries[0];
        var half = tsqueries.Count / 2;
        return $"({Join(tsqueries.Take(half).ToList(), tsqueryOperator)}{tsqueryOperator}{Join(tsqueries.Skip(half).ToList(), tsqueryOperator)})";
    }

    /// <summary>The key this translator's language indexes the word by (the expander has already normalised it).</summary>
    private string Key(string word) => Normalizer.Stem(word, _languageKey);

    /// <summary>
    /// The index keeps keys, not words as written: a prefix finds the keys that start with it, and the key of the
    /// prefix taken as a word, so <c>university*</c> still finds "university" (key "univers").
    /// </summary>
    private string PrefixText(PrefixQuery prefix)
    {
        var byPrefix = Lexeme(prefix.Prefix, prefix.Field, isPrefix: true);
        var key = Key(prefix.Prefix);
        return key == prefix.Prefix ? byPrefix : $"({byPrefix} | {Lexeme(key, prefix.Field)})";
    }

    /// <summary>
    /// Slop 0: the words in order next to each other. Otherwise, as in matching, all of them within
    /// <c>words - 1 + slop</c> positions in any order: every order and spacing that fits, as alternatives.
    /// </summary>
    private string PhraseText(PhraseQuery phrase)
    {
        var lexemes = phrase.Words.Select(word => Lexeme(Key(word), phrase.Field)).ToArray();
        if (phrase.Slop == 0) return string.Join(" <-> ", lexemes);
        var alternatives = ProximityAlternatives(lexemes, lexemes.Length - 1 + phrase.Slop);
        return alternatives is null ? string.Join(" & ", lexemes) : "(" + string.Join(" | ", alternatives) + ")";
    }

    /// <returns>Each order of the words with each spacing (≥ 1 apart, spanning at most <paramref name="window"/>); null when too many.</returns>
    private static List<string>? ProximityAlternatives(string[] lexemes, int window)
    {
        var alternatives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var order in Permutations(lexemes))
        {
            foreach (var gaps in Gaps(order.Length - 1, window))
            {
                var text = new StringBuilder(order[0]);
                for (var i = 1; i < order.Length; i++) text.Append(" <").Append(gaps[i - 1]).Append("> ").Append(order[i]);
                if (alternatives.Add(text.ToString()) && alternatives.Count > MaxProximityAlternatives) return null;
            }
        }
        return [.. alternatives];
    }

    private static IEnumerable<string[]> Permutations(string[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }
        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest)) yield return [items[i], .. tail];
        }
    }

    /// <summary>Every list of <paramref name="count"/> gaps, each at least 1, adding up to at most <paramref name="total"/>.</summary>
    private static IEnumerable<int[]> Gaps(int count, int total)
    {
        if (count == 0)
        {
            yield return [];
            yield break;
        }
        for (var first = 1; first <= total - (count - 1); first++)
        {
            foreach (var rest in Gaps(count - 1, total - first)) yield return [first, .. rest];
        }
    }

    /// <summary>One quoted key of tsquery text, with the weight of its field (title A, text B) and ':*' for a prefix.</summary>
    private static string Lexeme(string key, TextField field, bool isPrefix = false)
    {
        var weight = field switch
        {
            TextField.Title => "A",
            TextField.Text => "B",
            _ => "",
        };
        var quoted = TsLexeme.Quote(key);
        return isPrefix || weight.Length > 0 ? $"{quoted}:{(isPrefix ? "*" : "")}{weight}" : quoted;
    }

    private string Filter(FilterQuery filter) => filter.Field switch
    {
        FilterField.Lang => $"d.language = {Parameter(filter.Value.Trim().ToLowerInvariant())}",
        FilterField.Tag => $"d.tags @> ARRAY[{Parameter(filter.Value.Trim().ToLowerInvariant())}]::text[]",
        _ => $"d.source_names @> ARRAY[{Parameter(ArticleSourceNames.Key(filter.Value))}]::text[]",
    };

    private string Published(DateRangeQuery range)
    {
        var bounds = new List<string>();
        if (range.From is { } from) bounds.Add($"d.sort_at >= {Parameter(CeilingMicroseconds(from))}");
        if (range.To is { } to) bounds.Add($"d.sort_at < {Parameter(CeilingMicroseconds(to))}");
        return bounds.Count == 0 ? "true" : "(" + string.Join(" AND ", bounds) + ")";
    }

    /// <summary>
    /// timestamptz keeps microseconds and a finer bound would be cut down to them ("after 10:00" would then include
    /// 10:00); rounding both bounds up keeps "at or after From" and "before To" exact.
    /// </summary>
    private static DateTimeOffset CeilingMicroseconds(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        var extra = utc.Ticks % TimeSpan.TicksPerMicrosecond;
        return extra == 0 ? utc : utc.AddTicks(TimeSpan.TicksPerMicrosecond - extra);
    }

    private string Parameter(object value) => _parameters.Add(value);
}
