using System.Globalization;
using Watchdog.Application.Reporting.Scheduling;

namespace Watchdog.Web.Api.Contracts;

/// <summary>A scheduled report as the dashboard lists it (declared under <c>reports:</c> in watchdog.yaml).</summary>
/// <param name="Every">daily or weekly.</param>
/// <param name="At">Time of day in UTC, HH:mm.</param>
/// <param name="Day">For weekly reports the day (monday…sunday); null for daily ones.</param>
/// <param name="Queries">The sections' queries, in order.</param>
/// <param name="Emails">Who gets it by e-mail.</param>
/// <param name="Webhook">Whether a webhook gets it too (its URL is not shown: it may carry a secret).</param>
/// <param name="LastSent">The due time of the last scheduled run that went out (or was given up on); null: never.</param>
/// <param name="Retrying">Why the pending run failed, while it waits for its next attempt; null when none waits.</param>
public sealed record ScheduledReportView(
    string Name, string Title, string Every, string At, string? Day, string Format, IReadOnlyList<string> Queries, IReadOnlyList<string> Emails,
    bool Webhook, DateTimeOffset? LastSent, string? Retrying)
{
    public static ScheduledReportView From(ScheduledReport report, ReportRunState state) => new(
        report.Name, report.Title, Lower(report.Schedule.Every), report.Schedule.At.ToString("HH:mm", CultureInfo.InvariantCulture),
        report.Schedule.Every == ReportCadence.Weekly ? Lower(report.Schedule.Day) : null, Lower(report.Format),
        [.. report.Queries.Select(q => q.Query)], report.Emails, report.Webhook is not null, state.LastCompletedDue, state.Pending?.LastError);

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}

/// <param name="Delivered">How many destinations (e-mail addresses, the webhook) got it.</param>
/// <param name="Error">Why the others did not; null when every destination got it.</param>
public sealed record ReportSentView(int Delivered, string? Error);
