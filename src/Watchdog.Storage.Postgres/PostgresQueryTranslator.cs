using System.Text;
using Watchdog.Storage.Search;
using Watchdog.Watch.Query;

namespace Watchdog.Storage.Postgres;

/// <summary>
/// A search query as SQL over <c>search_documents d</c>: the WHERE condition, and the tsquery expressions that rank and
/// highlight a hit (its positive words only). Each tsquery expression depends on <c>d.config</c>.
/// </summary>
/// <param name="Score">The relevance of a hit: ts_rank_cd of its positive words, or 0 when the query has none (filters only).</param>
internal sealed record PostgresSearchQuery(
    string Condition, string Score, string TitleQuery, string TextQuery, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>
/// Translates an expanded query of Watchdog's query language (see <see cref="SearchQueryReader"/>) into PostgreSQL full
/// text search. Words become <c>to_tsquery</c> calls in the document's own configuration, so a Russian article is matched
/// by Russian stems: AND/OR/NOT become <c>&amp;&amp;</c>, <c>||</c>, <c>!!</c> between tsqueries (one GIN lookup for a
/// group of words), phrases <c>&lt;-&gt;</c>, a prefix <c>:*</c>, <c>title:</c>/<c>text:</c> the weights A and B the
/// document vector gives title and text. Filters and dates become SQL conditions on the row.
/// </summary>
internal sealed class PostgresQueryTranslator
{
    /// <summary>Replaced by each configuration in turn: every word of the query is read in the document's configuration.</summary>
    private const string ConfigSlot = "{config}";

    /// <summary>
    /// PostgreSQL has no "within n words in any order"; a proximity phrase is written out as every order and spacing
    /// that fits, up to this many alternatives, beyond which it is taken as all its words anywhere (documented).
    /// </summary>
    public const int MaxProximityAlternatives = 256;

    private static readonly string[] Configs = [PostgresTextConfig.Russian, PostgresTextConfig.English, PostgresTextConfig.Simple];

    private readonly List<(string Name, object? Value)> _parameters = [];
    /// <summary>tsquery expressions of the words not under a NOT, with the field they are in: what ranking and highlighting use.</summary>
    private readonly List<(TextField Field, string Tsquery)> _positive = [];

    private PostgresQueryTranslator() { }

    /// <param name="query">Expanded; null matches every document.</param>
    public static PostgresSearchQuery Translate(QueryNode? query)
    {
        var translator = new PostgresQueryTranslator();
        var condition = query is null ? "true" : PerConfig(translator.Condition(query, negated: false));
        var words = translator.PositiveWords(_ => true);
        return new PostgresSearchQuery(
            condition,
            translator._positive.Count == 0 ? "0::real" : $"ts_rank_cd(d.document, {words})",
            translator.PositiveWords(field => field is TextField.Any or TextField.Title),
            translator.PositiveWords(field => field is TextField.Any or TextField.Text),
            translator._parameters);
    }

    /// <summary>A condition that reads words writes one branch per configuration, each matching only that configuration's documents.</summary>
    private static string PerConfig(string condition) => !condition.Contains(ConfigSlot, StringComparison.Ordinal)
        ? condition
        : "(" + string.Join(" OR ", Configs.Select(config => $"(d.config = {Config(config)} AND {condition.Replace(ConfigSlot, Config(config), StringComparison.Ordinal)})")) + ")";

    private static string Config(string name) => $"'{name}'::regconfig";

    /// <summary>The query's positive words in the given fields as one tsquery in the document's configuration; empty when there are none.</summary>
    private string PositiveWords(Func<TextField, bool> inField)
    {
        var words = _positive.Where(p => inField(p.Field)).Select(p => p.Tsquery).Distinct().ToList();
        if (words.Count == 0) return "''::tsquery";
        var any = Join(words, " || ");
        return "CASE d.config " + string.Join(" ", Configs.SkipLast(1).Select(c => $"WHEN {Config(c)} THEN {any.Replace(ConfigSlot, Config(c), StringComparison.Ordinal)}"))
            + $" ELSE {any.Replace(ConfigSlot, Config(Configs[^1]), StringComparison.Ordinal)} END";
    }

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
        var (field, tsquery) = node switch
        {
            TermQuery term => (term.Field, Words(Lexeme(term.Text, term.Field))),
            PhraseQuery phrase => (phrase.Field, Words(PhraseText(phrase))),
            PrefixQuery prefix => (prefix.Field, Prefix(prefix)),
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "not a word"),
        };
        if (!negated) _positive.Add((field, tsquery));
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

    /// <summary>Words read in the document's configuration: stemmed as its language is, stop words dropped.</summary>
    private string Words(string tsqueryText) => $"to_tsquery({ConfigSlot}, {Parameter(tsqueryText)})";

    /// <summary>
    /// The index keeps stems, not words as written: a prefix finds the stems that start with it (read without stemming)
    /// and the stem of the prefix taken as a word, so <c>university*</c> still finds "university" (stem "univers").
    /// </summary>
    private string Prefix(PrefixQuery prefix) =>
        $"(to_tsquery({Config(PostgresTextConfig.Simple)}, {Parameter(Lexeme(prefix.Prefix, prefix.Field, isPrefix: true))}) || {Words(Lexeme(prefix.Prefix, prefix.Field))})";

    /// <summary>
    /// Slop 0: the words in order next to each other. Otherwise, as in matching, all of them within
    /// <c>words - 1 + slop</c> positions in any order: every order and spacing that fits, as alternatives.
    /// </summary>
    private static string PhraseText(PhraseQuery phrase)
    {
        var lexemes = phrase.Words.Select(word => Lexeme(word, phrase.Field)).ToArray();
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

    /// <summary>One quoted word of tsquery text, with the weight of its field (title A, text B) and ':*' for a prefix.</summary>
    private static string Lexeme(string word, TextField field, bool isPrefix = false)
    {
        var weight = field switch
        {
            TextField.Title => "A",
            TextField.Text => "B",
            _ => "",
        };
        var quoted = "'" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
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

    private string Parameter(object value)
    {
        var name = $"@w{_parameters.Count}";
        _parameters.Add((name, value));
        return name;
    }
}
