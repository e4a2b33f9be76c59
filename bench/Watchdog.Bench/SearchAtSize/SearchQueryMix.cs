using Watchdog.Core.Search;

namespace Watchdog.Bench.SearchAtSize;

/// <summary>
/// The fixed query mix: four kinds of query (words, phrases, boolean, field filters), four each across ru/kk/en, every
/// one run both most relevant first and newest first. Words chosen to be common in the sentence pool, as searches
/// for news topics are; <c>Қазақстан</c> is a name, so it is expanded to its spellings in every script.
/// </summary>
public static class SearchQueryMix
{
    public static IReadOnlyList<(string Kind, string[] Queries)> Kinds { get; } =
    [
        ("word", ["суд", "Қазақстан", "election", "мектеп"]),
        ("phrase", ["\"United States\"", "\"Қазақстан Республикасы\"", "\"White House\"", "\"уголовное дело\""]),
        ("boolean", ["(суд OR полиция) AND NOT футбол", "Trump AND (election OR vote) -Clinton", "бала OR мектеп", "президент AND (Россия OR Украина)"]),
        ("filter", [
            "lang:kk жыл",
            $"source:{SyntheticArchive.SourceHost(12)} суд",
            "published:[2026-03-01 TO 2026-03-31] president",
            "lang:en published:>=2026-09-01 police",
        ]),
    ];

    public static IEnumerable<(string Class, string Query, SearchOrder Order)> All() =>
        from order in new[] { SearchOrder.Relevance, SearchOrder.Newest }
        from kind in Kinds
        from query in kind.Queries
        select ($"{kind.Kind}/{(order == SearchOrder.Newest ? "newest" : "relevance")}", query, order);
}
