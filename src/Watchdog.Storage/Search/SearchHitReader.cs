using System.Globalization;
using Lucene.Net.Documents;
using Watchdog.Core.Search;

namespace Watchdog.Storage.Search;

/// <summary>Builds a <see cref="SearchHit"/> from a stored Lucene document.</summary>
internal static class SearchHitReader
{
    /// <param name="id">The document's Lucene id, for its term vectors.</param>
    /// <param name="highlighter">Null when the query has no words to mark.</param>
    public static SearchHit Read(int id, Document document, float score, HitHighlighter? highlighter)
    {
        var language = document.Get(ArticleFields.Language, CultureInfo.InvariantCulture) ?? "und";
        var key = ArticleFields.LanguageKey(language);
        var title = document.Get(ArticleFields.TitleFor(key), CultureInfo.InvariantCulture) ?? "";
        var text = document.Get(ArticleFields.TextFor(key), CultureInfo.InvariantCulture) ?? "";
        var vectors = highlighter?.VectorsOf(id);
        var published = document.GetField(ArticleFields.PublishedAt)?.GetInt64Value() is { } ms
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : (DateTimeOffset?)null;
        return new SearchHit(
            ArticleId: long.Parse(document.Get(ArticleFields.Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            Title: title,
            Url: new Uri(document.Get(ArticleFields.Url, CultureInfo.InvariantCulture)),
            Language: language,
            PublishedAt: published,
            SourceId: long.Parse(document.Get(ArticleFields.Source, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            Score: float.IsNaN(score) ? 0f : score,
            Snippet: highlighter?.Snippet(vectors, ArticleFields.TextFor(key), text) ?? HitHighlighter.Unmarked(text),
            HighlightedTitle: highlighter?.Title(vectors, ArticleFields.TitleFor(key), title) ?? HtmlText.Escape(title));
    }
}
