using Watchdog.Core.Search;
using Watchdog.Core.Watching;
using Watchdog.Query;
using Watchdog.Query.Watchlists;

namespace Watchdog.Storage.Search;

/// <summary>
/// Reads a search query exactly as a standing query is read: parsed by <see cref="QueryParser"/>, then expanded by
/// <see cref="QueryExpander"/> with the watchlists of the watch store and the same spelling variants (aliases,
/// transliterations, name forms) the matcher uses. Each store then translates the expanded query into its own.
/// </summary>
/// <param name="watchlists">Where <c>@name</c> references resolve; null when the index has no watch store (they are then unknown).</param>
public sealed class SearchQueryReader(IWatchStore? watchlists)
{
    /// <returns>The expanded query, or null for an empty query (every article).</returns>
    /// <exception cref="InvalidQueryException">The text is not a valid query, or names an unknown watchlist; the position points at the problem.</exception>
    public async Task<QueryNode?> ReadAsync(string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            var parsed = QueryParser.Parse(text);
            var catalog = watchlists is not null && ReferencesWatchlist(parsed)
                ? new WatchlistCatalog(await watchlists.ListWatchlistsAsync(ct))
                : WatchlistCatalog.Empty;
            // An expander is stateful while it expands (it tracks the lists being expanded), so one per query.
            return new QueryExpander(catalog, AnalysisSpellingVariants.Instance).Expand(parsed);
        }
        catch (QueryParseException e)
        {
            throw e.ToInvalidQuery();
        }
    }

    /// <summary>Only a query that names a watchlist costs a read of the watch store.</summary>
    private static bool ReferencesWatchlist(QueryNode query) => query switch
    {
        WatchlistQuery => true,
        AndQuery and => and.Clauses.Any(ReferencesWatchlist),
        OrQuery or => or.Clauses.Any(ReferencesWatchlist),
        NotQuery not => ReferencesWatchlist(not.Clause),
        AnyScriptQuery any => ReferencesWatchlist(any.Clause),
        _ => false,
    };
}
