namespace Watchdog.Application.Reporting.Scheduling;

public enum ReportCadence { Daily, Weekly }

public enum ScheduledReportFormat { Html, Pdf }

/// <summary>A validated scheduled report: what it covers, when it runs and where it goes.</summary>
public sealed record ScheduledReport(
    string Name,
    string Title,
    IReadOnlyList<ReportQuery> Queries,
    ReportSchedule Schedule,
    TimeSpan Period,
    TimeSpan Bucket,
    ScheduledReportFormat Format,
    IReadOnlyList<string> Emails,
    Uri? Webhook,
    string? Secret)
{
    /// <summary>The e-mail addresses and the webhook, each named as the run's state records it.</summary>
    public IReadOnlyList<ReportDestination> Destinations =>
        [.. Emails.Select(ReportDestination.Email), .. Webhook is null ? [] : new[] { ReportDestination.ToWebhook }];

    /// <summary>
    /// The report due at <paramref name="due"/> covers <see cref="Period"/> up to midnight UTC of that day, so a
    /// daily report at 07:00 covers yesterday whole and not the first hours of today.
    /// </summary>
    public ReportRequest RequestFor(DateTimeOffset due)
    {
        var to = new DateTimeOffset(due.UtcDateTime.Date, TimeSpan.Zero);
        return new ReportRequest(Title, Queries, to - Period, to, Bucket)
        {
            Description = $"Scheduled {Schedule.Every.ToString().ToLowerInvariant()} report \"{Name}\".",
        };
    }
}

/// <summary>Where one copy of a report goes; <see cref="Key"/> is how a run remembers it was delivered.</summary>
public sealed record ReportDestination(string Key, string? EmailAddress)
{
    public static ReportDestination ToWebhook { get; } = new("webhook", null);

    public static ReportDestination Email(string address) => new("email:" + address, address);
}
