using Watchdog.Query;

namespace Watchdog.Watch.Matching;

/// <summary>Evaluates one expanded query (no watchlist references left) against one document, directly.</summary>
public static class QueryEvaluator
{
    public static bool Matches(QueryNode query, MatchDocument document) => query switch
    {
        AndQuery and => AllMatch(and.Clauses, document),
        OrQuery or => AnyMatch(or.Clauses, document),
        NotQuery not => !Matches(not.Clause, document),
        TermQuery or PrefixQuery or PhraseQuery => LeafMatcher.Matches(query, document),
        FilterQuery filter => MetadataFilter.Matches(filter, document),
        DateRangeQuery range => MetadataFilter.Matches(range, document),
        MatchNoneQuery => false,
        WatchlistQuery list => throw new InvalidOperationException($"@{list.Name} must be expanded (QueryExpander) before matching"),
        _ => throw new ArgumentOutOfRangeException(nameof(query), query.GetType().Name, "unknown query node"),
    };

    // Loops rather than LINQ: this runs for every candidate of every article.
    private static bool AllMatch(IReadOnlyList<QueryNode> clauses, MatchDocument document)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            if (!Matches(clauses[i], document)) return false;
        }
        return true;
    }

    private static bool AnyMatch(IReadOnlyList<QueryNode> clauses, MatchDocument document)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            if (Matches(clauses[i], document)) return true;
        }
        return false;
    }
}
