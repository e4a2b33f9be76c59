using Watchdog.Core.Entities;
using Watchdog.Core.Watching;
using Watchdog.Query;
using Watchdog.Web.Api.Contracts;

namespace Watchdog.Web.Api.Validation;

/// <summary>Turns a <see cref="WatchlistRequest"/> into a <see cref="Watchlist"/>, or says field by field (<c>entries[3].kind</c>) what is wrong.</summary>
public static class WatchlistRequestValidation
{
    public const int MaxNameLength = 100;

    /// <summary>Far above any hand-kept list; bigger ones belong in an import file, which reports bad rows one by one.</summary>
    public const int MaxEntries = 10_000;

    public const int MaxTextLength = 200;

    /// <summary>An entry's language is an ISO 639-1 code; anything longer is a typo or a language name.</summary>
    private const int LanguageCodeLength = 2;

    public static Validated<Watchlist> Validate(WatchlistRequest request)
    {
        var errors = new ValidationErrors();
        var name = request.Name?.Trim() ?? "";
        if (!IsValidName(name))
            errors.Add("name", $"The name must be 1–{MaxNameLength} letters, digits, '-', '_' or '.', so that @{(name.Length == 0 ? "name" : name)} can be used in a query.");

        var requested = request.Entries ?? [];
        if (requested.Count > MaxEntries) errors.Add("entries", $"At most {MaxEntries} entries; import a file for more.");
        var entries = new List<WatchlistEntry>(requested.Count);
        for (var i = 0; i < requested.Count && i < MaxEntries; i++)
        {
            if (ValidateEntry(requested[i], $"entries[{i}]", errors) is { } entry) entries.Add(entry);
        }

        if (errors.Any) return new Validated<Watchlist>(null, errors);
        return new Validated<Watchlist>(new Watchlist { Name = name, Entries = entries }, errors);
    }

    /// <summary>A name is valid exactly when the query parser reads <c>@name</c> back as that watchlist reference.</summary>
    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= MaxNameLength && QueryParser.TryParse("@" + name, out var parsed, out _) && parsed is WatchlistQuery reference && reference.Name == name;

    private static WatchlistEntry? ValidateEntry(WatchlistEntryRequest? entry, string field, ValidationErrors errors)
    {
        if (entry is null)
        {
            errors.Add(field, "An entry is missing.");
            return null;
        }
        var problems = new List<(string Field, string Problem)>();
        var text = entry.Text?.Trim() ?? "";
        if (text.Length is 0 or > MaxTextLength) problems.Add(($"{field}.text", $"The text must be 1–{MaxTextLength} characters."));

        var kind = WatchlistEntryKind.Term;
        if (entry.Kind is not null && !KindNames.TryParse(entry.Kind, out kind))
            problems.Add(($"{field}.kind", $"'{entry.Kind}' is not a kind; use {KindNames.EntryHelp}."));

        var language = Blank(entry.Language)?.ToLowerInvariant();
        if (language is not null && (language.Length != LanguageCodeLength || !language.All(char.IsAsciiLetterLower)))
            problems.Add(($"{field}.language", $"'{entry.Language}' is not an ISO 639-1 language code such as ru, kk or en."));

        var context = Blank(entry.ContextQuery);
        if (context is not null && !QueryParser.TryParse(context, out _, out var contextError))
            problems.Add(($"{field}.contextQuery", $"The context query is invalid: {contextError!.Message}."));

        var aliases = (entry.Aliases ?? []).Select(a => a?.Trim() ?? "").Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (aliases.Any(a => a.Length > MaxTextLength)) problems.Add(($"{field}.aliases", $"Each alias must be at most {MaxTextLength} characters."));

        foreach (var (name, problem) in problems) errors.Add(name, problem);
        if (problems.Count > 0) return null;
        return new WatchlistEntry { Text = text, Kind = kind, Aliases = aliases, Language = language, SourceTag = Blank(entry.SourceTag), ContextQuery = context };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
