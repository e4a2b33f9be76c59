using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Watchdog.Analysis.Indexing;
using Watchdog.Core.Search;

namespace Watchdog.Storage.Search;

/// <summary>
/// Lucene's classic query syntax over articles: bare words and "phrases" search title and text in every language
/// field asked for (each analysed as its language); <c>title:</c> and <c>text:</c> expand to the per-language
/// fields; <c>source:</c>, <c>lang:</c>, <c>tags:</c> and <c>url:</c> match whole values. Words are AND-ed.
/// </summary>
internal sealed partial class ArticleQueryParser : MultiFieldQueryParser
{
    /// <summary>A word in the title says more about the article than the same word in its body.</summary>
    private const float TitleBoost = 2f;

    private readonly IReadOnlyList<string> _languageKeys;

    private ArticleQueryParser(IReadOnlyList<string> languageKeys, Analyzer analyzer)
        : base(LanguageAnalyzers.Version, [.. DefaultFields(languageKeys)], analyzer, Boosts(languageKeys))
    {
        _languageKeys = languageKeys;
        DefaultOperator = Operator.AND;
    }

    /// <summary>Parses what a user typed; an empty query matches every article.</summary>
    /// <param name="languageKeys">The language fields to search (see <see cref="ArticleFields.AllLanguageKeys"/>).</param>
    /// <exception cref="InvalidQueryException">The text is not valid query syntax.</exception>
    public static Query Parse(string text, IReadOnlyList<string> languageKeys, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(text)) return new MatchAllDocsQuery();
        try
        {
            return new ArticleQueryParser(languageKeys, analyzer).Parse(text);
        }
        catch (ParseException e)
        {
            throw new InvalidQueryException(Describe(e), PositionOf(e, text.Length));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new InvalidQueryException("The query expands to too many terms; make wildcards more specific.", -1);
        }
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        Expand(field, f => base.GetFieldQuery(f, queryText, quoted));

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        Expand(field, f => base.GetFieldQuery(f, queryText, slop));

    protected override Query GetPrefixQuery(string field, string termStr) =>
        Expand(field, f => base.GetPrefixQuery(f, termStr));

    protected override Query GetWildcardQuery(string field, string termStr) =>
        Expand(field, f => base.GetWildcardQuery(f, termStr));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        Expand(field, f => base.GetFuzzyQuery(f, termStr, minSimilarity));

    /// <summary>Turns <c>title:x</c> into <c>title_ru:x title_kk:x …</c>; other fields pass through.</summary>
    private Query Expand(string field, Func<string, Query> build)
    {
        Func<string, string>? perLanguage = field switch
        {
            ArticleFields.Title => ArticleFields.TitleFor,
            ArticleFields.Text => ArticleFields.TextFor,
            _ => null,
        };
        if (perLanguage is null) return build(field);
        var any = new BooleanQuery();
        foreach (var key in _languageKeys)
        {
            if (build(perLanguage(key)) is { } query) any.Add(query, Occur.SHOULD);
        }
        return any.Clauses.Count == 0 ? null! : any;
    }

    private static IEnumerable<string> DefaultFields(IReadOnlyList<string> keys) =>
        keys.SelectMany(k => new[] { ArticleFields.TitleFor(k), ArticleFields.TextFor(k) });

    /// <remarks>Lucene.NET looks up a boost for every default field, so text fields get an explicit 1.</remarks>
    private static Dictionary<string, float> Boosts(IReadOnlyList<string> keys) =>
        DefaultFields(keys).ToDictionary(f => f, f => f.StartsWith(ArticleFields.Title, StringComparison.Ordinal) ? TitleBoost : 1f);

    private static string Describe(ParseException e)
    {
        var inner = e.InnerException?.Message ?? e.Message;
        var firstLine = inner.Split('\n', 2)[0].Trim();
        return $"Invalid query: {firstLine}";
    }

    /// <summary>The 0-based offset of the offending token, or -1 when the parser did not say.</summary>
    private static int PositionOf(ParseException e, int length)
    {
        if (e.InnerException is ParseException { CurrentToken: { } current })
            return Math.Clamp((current.Next ?? current).BeginColumn, 0, length);
        // Lexical errors (an unclosed quote) report a 1-based column just past the offending character.
        var match = LexicalColumn().Match(e.InnerException?.Message ?? e.Message);
        return match.Success
            ? Math.Clamp(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1, 0, length)
            : -1;
    }

    [GeneratedRegex(@"column (\d+)")]
    private static partial Regex LexicalColumn();
}
