using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Watchdog.Core.Search;

namespace Watchdog.Storage.Search;

/// <summary>The structured parts of a <see cref="SearchRequest"/> (source, language, date range) as a Lucene filter.</summary>
internal static class SearchFilters
{
    /// <returns>null when the request filters nothing.</returns>
    public static Filter? From(SearchRequest request)
    {
        var all = new BooleanQuery();
        if (request.SourceId is { } sourceId)
            all.Add(new TermQuery(new Term(ArticleFields.Source, sourceId.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(request.Language))
            all.Add(new TermQuery(new Term(ArticleFields.Language, request.Language.Trim().ToLowerInvariant())), Occur.MUST);
        if (request.From is not null || request.To is not null)
        {
            all.Add(NumericRangeQuery.NewInt64Range(ArticleFields.Date,
                request.From?.ToUnixTimeMilliseconds(), request.To?.ToUnixTimeMilliseconds(), true, true), Occur.MUST);
        }
        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }

    /// <summary>With a language given, only that language's fields are searched; otherwise all of them.</summary>
    public static IReadOnlyList<string> LanguageKeys(SearchRequest request) =>
        string.IsNullOrWhiteSpace(request.Language) ? ArticleFields.AllLanguageKeys : [ArticleFields.LanguageKey(request.Language)];
}
