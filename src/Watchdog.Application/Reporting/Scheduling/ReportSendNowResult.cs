namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>The outcome of sending a scheduled report on demand: how many destinations got it, and why others did not.</summary>
public sealed record ReportSendNowResult(int Delivered, string? Error);
