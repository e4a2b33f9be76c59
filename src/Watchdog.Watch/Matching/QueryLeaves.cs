using Watchdog.Query;

namespace Watchdog.Watch.Matching;

/// <summary>The leaves of an expanded query, each with whether it sits under a NOT (so finding it blocks a match).</summary>
public static class QueryLeaves
{
    public static IEnumerable<(QueryNode Leaf, bool Negated)> Of(QueryNode query, bool negated = false) => query switch
    {
        AndQuery and => and.Clauses.SelectMany(clause => Of(clause, negated)),
        OrQuery or => or.Clauses.SelectMany(clause => Of(clause, negated)),
        NotQuery not => Of(not.Clause, !negated),
        _ => [(query, negated)],
    };

    public static bool IsWordLeaf(QueryNode leaf) => leaf is TermQuery or PrefixQuery or PhraseQuery;

    /// <summary>Where the query's positive words occur: what highlighting shows as the reason for a match.</summary>
    public static IEnumerable<TokenSpan> PositiveOccurrences(QueryNode query, MatchDocument document) =>
        Of(query).Where(leaf => !leaf.Negated && IsWordLeaf(leaf.Leaf)).SelectMany(leaf => LeafMatcher.Occurrences(leaf.Leaf, document));
}
