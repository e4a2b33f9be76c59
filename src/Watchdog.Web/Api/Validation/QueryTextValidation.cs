using Watchdog.Watch.Query;
using Watchdog.Watch.Watchlists;

namespace Watchdog.Web.Api.Validation;

/// <summary>
/// Checks text in the query language the way matching will use it: parsed, then watchlist references resolved, so an
/// unknown <c>@list</c> is refused when the query is saved rather than discovered when no alert ever fires.
/// </summary>
public static class QueryTextValidation
{
    public const int MaxQueryLength = 2000;

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

    /// <summary>The ProblemDetails extensions every query error carries, so UI and scripts can point at the spot.</summary>
    public static Dictionary<string, object?> Extensions(QueryParseException error, string query) => new()
    {
        ["position"] = error.Position,
        ["expected"] = error.Expected,
        ["found"] = error.Found,
        ["query"] = query,
    };
}
