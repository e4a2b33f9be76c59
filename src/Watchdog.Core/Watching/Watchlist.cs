namespace Watchdog.Core.Watching;

/// <summary>A named list of things to watch for (people, organisations, places, terms); queries refer to it as <c>@name</c>.</summary>
public sealed record Watchlist
{
    public long Id { get; init; }
    /// <summary>Unique; letters, digits, '-', '_' and '.' so that <c>@name</c> parses in a query.</summary>
    public required string Name { get; init; }
    public IReadOnlyList<WatchlistEntry> Entries { get; init; } = [];
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>One watched thing. It matches when its text or any alias (or their transliterations) appears.</summary>
public sealed record WatchlistEntry
{
    public required string Text { get; init; }
    public WatchlistEntryKind Kind { get; init; } = WatchlistEntryKind.Term;
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>ISO 639-1 code: the entry only matches articles in this language.</summary>
    public string? Language { get; init; }
    /// <summary>The entry only matches articles whose source carries this tag.</summary>
    public string? SourceTag { get; init; }
    /// <summary>A query (in the query language) the article must also match, to tell apart namesakes.</summary>
    public string? ContextQuery { get; init; }
}

/// <summary>People are matched as names (inflected, never stemmed into unrelated words); the rest as ordinary terms.</summary>
public enum WatchlistEntryKind { Person, Organisation, Place, Term }
