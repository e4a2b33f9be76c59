namespace Watchdog.Reports.Exports;

/// <summary>One article as it is exported: the fields a newsroom needs in a spreadsheet or a script.</summary>
/// <param name="Snippet">A short extract (the highlighted match or the description), when there is one.</param>
public sealed record ExportRow(
    long Id,
    string Url,
    string Title,
    string SourceName,
    string Language,
    DateTimeOffset? PublishedAt,
    DateTimeOffset FetchedAt,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Tags,
    string? Snippet);
