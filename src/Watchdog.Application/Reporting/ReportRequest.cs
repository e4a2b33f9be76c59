using Watchdog.Core.Localization;

namespace Watchdog.Application.Reporting;

/// <summary>What a report covers: one section per query, over [From, To), counted per <see cref="Bucket"/>.</summary>
public sealed record ReportRequest(string Title, IReadOnlyList<ReportQuery> Queries, DateTimeOffset From, DateTimeOffset To, TimeSpan Bucket)
{
    public string? Language { get; init; }
    public long? SourceId { get; init; }
    public string? Description { get; init; }

    /// <summary>The language the report is written in and the time zone of its dates, day buckets and period ends.</summary>
    public UiLocale Locale { get; init; } = UiLocale.Default;
}

/// <param name="Heading">The section's heading, e.g. the watchlist's name; the query itself when not given.</param>
public sealed record ReportQuery(string Heading, string Query);
