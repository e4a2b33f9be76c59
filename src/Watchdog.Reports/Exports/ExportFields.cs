using System.Globalization;

namespace Watchdog.Reports.Exports;

/// <summary>How values are spelled in every export format, so CSV and JSON agree.</summary>
public static class ExportFields
{
    public const string Id = "id";
    public const string Url = "url";
    public const string Title = "title";
    public const string Source = "source";
    public const string Language = "language";
    public const string PublishedAt = "published_at";
    public const string FetchedAt = "fetched_at";
    public const string Authors = "authors";
    public const string Tags = "tags";
    public const string Snippet = "snippet";

    /// <summary>Column names, in column order.</summary>
    public static readonly IReadOnlyList<string> Names =
        [Id, Url, Title, Source, Language, PublishedAt, FetchedAt, Authors, Tags, Snippet];

    /// <summary>Separator of multi-valued fields (authors, tags) in a single cell.</summary>
    public const string ListSeparator = "; ";

    /// <summary>ISO 8601 in UTC to the second ("2024-05-01T09:30:00Z"): sortable as text and read by every tool.</summary>
    public static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string JoinList(IReadOnlyList<string> values) => string.Join(ListSeparator, values);
}
