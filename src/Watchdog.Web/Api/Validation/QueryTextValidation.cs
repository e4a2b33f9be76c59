using Watchdog.Query;
using Watchdog.Query.Watchlists;

namespace Watchdog.Web.Api.Validation;

/// <summary>Checks text in the query language (see <see cref="QueryCheck"/>, shared with the CLI) and describes its errors for problem JSON.</summary>
public static class QueryTextValidation
{
    public const int MaxQueryLength = 2000;

    /// <returns>null when the query is valid, else the parse error with its position and what was expected.</returns>
    public static QueryParseException? Check(string query, WatchlistCatalog watchlists) => QueryCheck.Check(query, watchlists);

    /// <summary>The ProblemDetails extensions every query error carries, so UI and scripts can point at the spot.</summary>
    public static Dictionary<string, object?> Extensions(QueryParseException error, string query) => new()
    {
        ["position"] = error.Position,
        ["expected"] = error.Expected,
        ["found"] = error.Found,
        ["query"] = query,
    };
}
