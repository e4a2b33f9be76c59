using Watchdog.Query;

namespace Watchdog.Watch.Matching.Compiled;

/// <summary>A word a query needs: a document can only match when at least one of the query's anchors occurs in it.</summary>
public readonly record struct Anchor(AnchorKind Kind, string Text);

public enum AnchorKind { Word, Name, Prefix }

/// <summary>
/// Finds, for an expanded query, a set of anchors such that every matching document contains at least one of them.
/// The set is a necessary condition only; candidates are always verified exactly afterwards.
/// </summary>
public static class RequiredTerms
{
    /// <returns>
    /// The anchors; an empty list when the query can never match; null when no positive word is required
    /// (pure NOT, pure filters, an OR with such a branch): such queries are verified against every document.
    /// </returns>
    public static IReadOnlyList<Anchor>? Extract(QueryNode query) => query switch
    {
        TermQuery term => [new Anchor(KindOf(term.Form), term.Text)],
        // The prefilter buckets prefixes by their first letters; a shorter prefix (never parsed, but constructible) is verified always.
        PrefixQuery prefix => prefix.Prefix.Length >= QueryParser.MinPrefixLength ? [new Anchor(AnchorKind.Prefix, prefix.Prefix)] : null,
        // Every word of a phrase must occur, so any one suffices; the longest is likely the rarest.
        PhraseQuery phrase => [new Anchor(KindOf(phrase.Form), phrase.Words.MaxBy(word => word.Length)!)],
        AndQuery and => Narrowest(and.Clauses.Select(Extract)),
        OrQuery or => Union(or.Clauses.Select(Extract)),
        MatchNoneQuery => [],
        _ => null, // NOT, filters, dates: a document without any word can satisfy them
    };

    private static AnchorKind KindOf(TermForm form) => form == TermForm.Name ? AnchorKind.Name : AnchorKind.Word;

    /// <summary>An AND needs all clauses, so the anchors of any one clause will do: take the fewest, then the longest words.</summary>
    private static IReadOnlyList<Anchor>? Narrowest(IEnumerable<IReadOnlyList<Anchor>?> clauses) =>
        clauses.OfType<IReadOnlyList<Anchor>>()
            .OrderBy(anchors => anchors.Count)
            .ThenByDescending(anchors => anchors.Count == 0 ? int.MaxValue : anchors.Min(a => a.Text.Length))
            .FirstOrDefault();

    /// <summary>An OR needs one clause, so it needs the anchors of all of them; one clause without anchors spoils the lot.</summary>
    private static IReadOnlyList<Anchor>? Union(IEnumerable<IReadOnlyList<Anchor>?> clauses)
    {
        var union = new HashSet<Anchor>();
        foreach (var anchors in clauses)
        {
            if (anchors is null) return null;
            union.UnionWith(anchors);
        }
        return union.ToArray();
    }
}
