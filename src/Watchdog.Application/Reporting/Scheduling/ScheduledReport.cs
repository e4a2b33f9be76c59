using Watchdog.Core.Localization;
using Watchdog.Core.Time;
using Watchdog.Reports.Documents;

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

    /// <summary>The report's own language; null for the installation's default (the <c>language</c> setting).</summary>
    public UiLanguage? Language { get; init; }

    /// <summary>
    /// The report due at <paramref name="due"/> covers <see cref="Period"/> up to local midnight (in
    /// <paramref name="defaults"/>' time zone) of that day, so a daily report at 07:00 covers yesterday whole and not the
    /// first hours of today. It is written in <see cref="Language"/>, else the default language.
    /// </summary>
    public ReportRequest RequestFor(DateTimeOffset due, UiLocale defaults)
    {
        var locale = defaults with { Language = Language ?? defaults.Language };
        var to = DayBuckets.StartOf(DayBuckets.DayOf(due, locale.TimeZone), locale.TimeZone);
        return new ReportRequest(Title, Queries, to - Period, to, Bucket)
        {
            Description = new ReportFormatting(locale).Text(Schedule.Every == ReportCadence.Weekly ? "scheduled.weekly" : "scheduled.daily", ("name", Name)),
            Locale = locale,
        };
    }
}

/// <summary>Where one copy of a report goes; <see cref="Key"/> is how a run remembers it was delivered.</summary>
public sealed record ReportDestination(string Key, string? EmailAddress)
{
    public static ReportDestination ToWebhook { get; } = new("webhook", null);

    public static ReportDestination Email(string address) => new("email:" + address, address);
}
