using System.Runtime.CompilerServices;
using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Reports.Exports;

namespace Watchdog.Application.Reporting;

/// <summary>Every article matching a search, newest first, as rows for an export file.</summary>
public static class ExportRows
{
    /// <summary>How much of an article's text a row carries; the export is a list to work from, not a copy of the archive.</summary>
    public const int SnippetChars = 300;

    /// <exception cref="InvalidQueryException">The query cannot be parsed (thrown before the first row).</exception>
    public static async Task<IAsyncEnumerable<ExportRow>> ForAsync(
        ISearchIndex index, IArticleStore articles, ISourceStore sources, SearchRequest request, CancellationToken ct)
    {
        var ids = await index.MatchingIdsAsync(request, ct);
        var names = await SourceNames.LoadAsync(sources, ct);
        return Rows(ids, articles, names, ct);
    }

    public static ExportRow Of(Article article, SourceNames names) => new(
        article.Id, article.Url.AbsoluteUri, article.Title, names.Of(article.SourceId), article.Language,
        article.PublishedAt, article.FetchedAt, article.Authors, article.Tags, Snippet(article.Text));

    private static async IAsyncEnumerable<ExportRow> Rows(
        IReadOnlyList<long> ids, IArticleStore articles, SourceNames names, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var id in ids)
        {
            // Removed by retention since the search: left out, as it is no longer stored.
            if (await articles.GetAsync(id, ct) is { } article) yield return Of(article, names);
        }
    }

    private static string Snippet(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= SnippetChars) return flat;
        var cut = flat.LastIndexOf(' ', SnippetChars);
        return string.Concat(flat.AsSpan(0, cut > SnippetChars / 2 ? cut : SnippetChars), "…");
    }
}
