namespace Watchdog.Application.Reporting;

/// <summary>What a report covers: one section per query, over [From, To), counted per <see cref="Bucket"/>.</summary>
public sealed record ReportRequest(string Title, IReadOnlyList<ReportQuery> Queries, DateTimeOffset From, DateTimeOffset To, TimeSpan Bucket)
{
    public string? Language { get; init; }
    public long? SourceId { get; init; }
    public string? Description { get; init; }
}

/// <param name="Heading">The section's heading, e.g. the watchlist's name; the query itself when not given.</param>
public sealed record ReportQuery(string Heading, string Query);
