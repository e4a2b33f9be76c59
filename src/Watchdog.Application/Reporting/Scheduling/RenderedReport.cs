using Watchdog.Reports.Documents;

namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>One run of a scheduled report, built and rendered once and then sent to every destination.</summary>
/// <param name="Pdf">The printed report when its format is PDF.</param>
public sealed record RenderedReport(ScheduledReport Report, ReportDocument Document, string Html, byte[]? Pdf);
