namespace Watchdog.Query;

/// <summary>A node of a parsed query. Immutable; <see cref="QueryFormatter"/> writes it back as canonical query text.</summary>
public abstract record QueryNode;

/// <summary>Every clause must match.</summary>
public sealed record AndQuery(IReadOnlyList<QueryNode> Clauses) : QueryNode;

/// <summary>At least one clause must match.</summary>
public sealed record OrQuery(IReadOnlyList<QueryNode> Clauses) : QueryNode;

public sealed record NotQuery(QueryNode Clause) : QueryNode;

/// <summary>One word, compared by its normalised form in the article's language.</summary>
public sealed record TermQuery(TextField Field, string Text, TermForm Form = TermForm.Word) : QueryNode;

/// <summary>Any word whose lower-cased surface form starts with <see cref="Prefix"/> (written <c>univers*</c>).</summary>
public sealed record PrefixQuery(TextField Field, string Prefix) : QueryNode;

/// <summary>Words in order next to each other (<see cref="Slop"/> 0), or all within <c>Words.Count - 1 + Slop</c> positions in any order.</summary>
public sealed record PhraseQuery(TextField Field, IReadOnlyList<string> Words, int Slop, TermForm Form = TermForm.Word) : QueryNode;

/// <summary>An exact (case-insensitive) filter on article metadata: <c>source:</c>, <c>tag:</c>, <c>lang:</c>.</summary>
public sealed record FilterQuery(FilterField Field, string Value) : QueryNode;

/// <summary>Published at or after <see cref="From"/> and strictly before <see cref="To"/>; a null bound is open.</summary>
public sealed record DateRangeQuery(DateTimeOffset? From, DateTimeOffset? To) : QueryNode;

/// <summary>
/// Its words match in every script, as names do: <c>translit:нефть</c> also finds "neft" (ordinary words otherwise match
/// only as written; capitalised words always cross scripts). Expanded into spelling variants before matching.
/// </summary>
public sealed record AnyScriptQuery(QueryNode Clause) : QueryNode;

/// <summary>A reference to a watchlist (<c>@name</c>); expanded into its entries before matching.</summary>
/// <param name="Position">0-based offset of the '@' in the query text, for error messages.</param>
public sealed record WatchlistQuery(string Name, int Position) : QueryNode;

/// <summary>Matches nothing: what an empty watchlist or a term without any word expands to.</summary>
public sealed record MatchNoneQuery : QueryNode
{
    public static MatchNoneQuery Instance { get; } = new();
}

/// <summary>Which text a word must appear in; <see cref="Any"/> is title or text.</summary>
public enum TextField { Any, Title, Text }

/// <summary><see cref="Name"/> words use name normalisation (inflection only), never the general stemmer.</summary>
public enum TermForm { Word, Name }

public enum FilterField { Source, Tag, Lang }
