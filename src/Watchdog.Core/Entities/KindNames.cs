using Watchdog.Core.Watching;

namespace Watchdog.Core.Entities;

/// <summary>
/// The one vocabulary for kinds of named things, shared by watchlist entries and tagged entities wherever a kind is
/// typed (CLI options, import files, the API): every common spelling is read, one canonical name is printed.
/// </summary>
/// <remarks>
/// Watchlists once said "organisation" and "place" while entities said "organization" and "location", so a name that
/// worked in one command failed in the next. The canonical names are the entities' (they are in the API's JSON).
/// </remarks>
public static class KindNames
{
    public const string Person = "person";
    public const string Organization = "organization";
    public const string Location = "location";
    public const string Term = "term";

    /// <summary>For help texts and errors about entity kinds.</summary>
    public const string EntityHelp = "person, organization or location (also people, organisation, org, place, loc)";

    /// <summary>For help texts and errors about watchlist entry kinds.</summary>
    public const string EntryHelp = "person, organization, location or term (also people, organisation, org, place, loc)";

    /// <summary>British and American spellings, plurals, and the short tags NER data sets use (PER, ORG, LOC).</summary>
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["person"] = Person, ["persons"] = Person, ["people"] = Person, ["per"] = Person,
        ["organization"] = Organization, ["organizations"] = Organization, ["organisation"] = Organization, ["organisations"] = Organization, ["org"] = Organization,
        ["location"] = Location, ["locations"] = Location, ["place"] = Location, ["places"] = Location, ["loc"] = Location,
        ["term"] = Term, ["terms"] = Term,
    };

    /// <returns>The canonical name for any accepted spelling (any case, surrounding spaces ignored), or null.</returns>
    public static string? Canonical(string? text) => text is null ? null : Spellings.GetValueOrDefault(text.Trim());

    public static string Name(WatchlistEntryKind kind) => kind switch
    {
        WatchlistEntryKind.Person => Person,
        WatchlistEntryKind.Organisation => Organization,
        WatchlistEntryKind.Place => Location,
        _ => Term,
    };

    /// <summary>Reads a watchlist entry's kind in any accepted spelling.</summary>
    public static bool TryParse(string? text, out WatchlistEntryKind kind) => TryParse(text, Name, out kind);

    /// <summary>Reads a kind of an enum named by <paramref name="name"/>, in any accepted spelling.</summary>
    public static bool TryParse<TKind>(string? text, Func<TKind, string> name, out TKind kind) where TKind : struct, Enum
    {
        var canonical = Canonical(text);
        foreach (var candidate in Enum.GetValues<TKind>())
        {
            if (name(candidate) != canonical) continue;
            kind = candidate;
            return true;
        }
        kind = default;
        return false;
    }
}
