using Watchdog.Core.Entities;
using Watchdog.Core.Watching;

namespace Watchdog.Web.Api.Contracts;

/// <summary>A watchlist with its entries, as the API shows it.</summary>
public sealed record WatchlistView(long Id, string Name, IReadOnlyList<WatchlistEntryView> Entries, DateTimeOffset UpdatedAt)
{
    public static WatchlistView From(Watchlist list) => new(list.Id, list.Name, list.Entries.Select(WatchlistEntryView.From).ToList(), list.UpdatedAt);
}

/// <param name="Kind">person, organization, location or term (KindNames: the words every command and call uses).</param>
public sealed record WatchlistEntryView(string Text, string Kind, IReadOnlyList<string> Aliases, string? Language, string? SourceTag, string? ContextQuery)
{
    public static WatchlistEntryView From(WatchlistEntry entry) => new(
        entry.Text, KindNames.Name(entry.Kind), entry.Aliases, entry.Language, entry.SourceTag, entry.ContextQuery);
}

/// <summary>Body of <c>POST /api/watchlists</c> and <c>PUT /api/watchlists/{id}</c>: the whole list; PUT replaces every entry.</summary>
public sealed record WatchlistRequest(string? Name, IReadOnlyList<WatchlistEntryRequest?>? Entries = null);

/// <summary>One entry; only <see cref="Text"/> is required.</summary>
/// <param name="Kind">person, organization, location or term (default); organisation, place and the other spellings KindNames knows are accepted.</param>
/// <param name="Language">ISO 639-1 code: the entry only matches articles in this language.</param>
/// <param name="SourceTag">The entry only matches articles whose source carries this tag.</param>
/// <param name="ContextQuery">A query the article must also match, to tell namesakes apart.</param>
public sealed record WatchlistEntryRequest(
    string? Text, string? Kind = null, IReadOnlyList<string>? Aliases = null, string? Language = null, string? SourceTag = null, string? ContextQuery = null);

/// <param name="Imported">Entries added from the file.</param>
/// <param name="Errors">One per rejected row, with its 1-based line in the file; the good rows are imported anyway.</param>
public sealed record WatchlistImportResponse(int Imported, IReadOnlyList<ImportRowErrorView> Errors, WatchlistView Watchlist);

public sealed record ImportRowErrorView(int Row, string Reason);
