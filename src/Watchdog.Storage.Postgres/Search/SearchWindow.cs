using Watchdog.Core.Search;

namespace Watchdog.Storage.Postgres.Search;

/// <summary>
/// Which matches a page of results is cut from, and in what order. The page is cut from the newest
/// <see cref="Candidates"/> matches (a top-N sort of the matches the count has collected anyway). Newest first needs
/// only <c>offset + limit</c> of them. Relevance ranks the newest <see cref="Ranked"/> matches rather than every match:
/// ranking reads each one's whole tsvector, and a common word matches a sixth of a million-article archive. So a query
/// with at most that many matches is ranked exactly; one with more lists its newest <see cref="Ranked"/> matches by
/// relevance, then the older ones newest first (all are counted). Every page is cut from that one order, so paging
/// neither repeats nor skips a hit.
/// </summary>
/// <param name="Candidates">How many of the newest matches the page is cut from.</param>
/// <param name="Ranked">How many of the newest matches are ranked (the rest follow them, newest first).</param>
/// <param name="Order">The page's ORDER BY over <c>d</c>, with <c>ranked</c> and <c>score</c>.</param>
internal readonly record struct SearchWindow(long Candidates, long Ranked, long Offset, string Order)
{
    private const string Newest = "d.sort_at DESC, d.article_id DESC";
    private const string Relevance = "ranked DESC, score DESC, d.sort_at DESC, d.article_id DESC";

    /// <param name="rankedMatches">How many of the newest matches relevance ranks.</param>
    public static SearchWindow For(SearchOrder order, int page, int pageSize, int rankedMatches)
    {
        var offset = (long)(Math.Max(1, page) - 1) * pageSize;
        var end = offset + pageSize;
        return order == SearchOrder.Newest
            ? new SearchWindow(end, end, offset, Newest)
            : new SearchWindow(Math.Max(end, rankedMatches), rankedMatches, offset, Relevance);
    }
}
