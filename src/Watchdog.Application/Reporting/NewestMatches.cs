using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;

namespace Watchdog.Application.Reporting;

/// <summary>Loads the newest matching articles of a search, for views that read each article's text.</summary>
public static class NewestMatches
{
    /// <returns>At most <paramref name="maxArticles"/> articles, newest first; an article removed after the search is skipped.</returns>
    /// <exception cref="InvalidQueryException">The query cannot be parsed.</exception>
    public static async Task<IReadOnlyList<Article>> LoadAsync(
        ISearchIndex index, IArticleStore articles, SearchRequest request, int maxArticles, CancellationToken ct)
    {
        var ids = await index.MatchingIdsAsync(request, ct);
        var loaded = new List<Article>();
        foreach (var id in ids.Take(Math.Max(1, maxArticles)))
        {
            // Retention may remove an article between the search and the read: that is no error.
            if (await articles.GetAsync(id, ct) is { } article) loaded.Add(article);
        }
        return loaded;
    }
}
