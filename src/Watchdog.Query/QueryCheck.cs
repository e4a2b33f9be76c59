using Watchdog.Query.Watchlists;

namespace Watchdog.Query;

/// <summary>
/// Checks text in the query language the way matching will use it, for the API and the CLI alike: parsed, then watchlist
/// references resolved, so an unknown <c>@list</c> is refused when the query is saved rather than discovered when no
/// alert ever fires.
/// </summary>
public static class QueryCheck
{
    /// <returns>null when the query is valid, else the parse error with its position and what was expected.</returns>
    public static QueryParseException? Check(string query, WatchlistCatalog watchlists)
    {
        try
        {
            new QueryExpander(watchlists, AnalysisSpellingVariants.Instance).Expand(QueryParser.Parse(query));
            return null;
        }
        catch (QueryParseException e)
        {
            return e;
        }
    }
}
