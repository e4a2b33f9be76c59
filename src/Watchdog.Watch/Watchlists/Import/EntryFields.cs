using Watchdog.Core.Entities;
using Watchdog.Core.Watching;
using Watchdog.Query;

namespace Watchdog.Watch.Watchlists.Import;

/// <summary>The fields of one imported row, as text, and the rules that make them a valid <see cref="WatchlistEntry"/>.</summary>
internal sealed record EntryFields(string? Text, string? Kind, IReadOnlyList<string> Aliases, string? Language, string? SourceTag, string? ContextQuery)
{
    /// <summary>Column (CSV) and key (YAML) names, the same in both formats.</summary>
    public static readonly string[] Names = ["text", "kind", "aliases", "language", "source_tag", "context_query"];

    /// <summary>An entry's language is an ISO 639-1 code; anything longer is a typo or a language name.</summary>
    private const int LanguageCodeLength = 2;

    /// <returns>The entry, or null with the reason the row is rejected.</returns>
    public (WatchlistEntry? Entry, string? Error) ToEntry()
    {
        if (string.IsNullOrWhiteSpace(Text)) return (null, "'text' is empty");
        var kind = WatchlistEntryKind.Term;
        if (!string.IsNullOrWhiteSpace(Kind) && !KindNames.TryParse(Kind, out kind))
            return (null, $"'kind' is '{Kind}'; expected {KindNames.EntryHelp}");
        var language = Blank(Language)?.ToLowerInvariant();
        if (language is not null && (language.Length != LanguageCodeLength || !language.All(char.IsAsciiLetterLower)))
            return (null, $"'language' is '{Language}'; expected a two-letter ISO 639-1 code such as ru, kk or en");
        var context = Blank(ContextQuery);
        if (context is not null && !QueryParser.TryParse(context, out _, out var error))
            return (null, $"'context_query' is invalid: {error!.Message}");
        return (new WatchlistEntry
        {
            Text = Text.Trim(),
            Kind = kind,
            Aliases = Aliases.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            Language = language,
            SourceTag = Blank(SourceTag),
            ContextQuery = context,
        }, null);
    }

    /// <summary>Aliases in one text field are separated by '|' or ';' (commas already separate CSV columns).</summary>
    public static IReadOnlyList<string> SplitAliases(string? aliases) =>
        string.IsNullOrWhiteSpace(aliases) ? [] : aliases.Split(['|', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
