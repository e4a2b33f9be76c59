using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watchdog.Core.Governance;
using Watchdog.Application.Governance;
using Watchdog.Watch.Delivery;

namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>
/// Sends the scheduled reports (<c>reports:</c> in watchdog.yaml) when they fall due: every <see cref="CheckInterval"/>
/// it asks <see cref="RunDueAsync"/> which runs are due, builds and renders each once, sends it to every destination
/// that does not have it yet, and remembers the outcome in <see cref="ReportStateFile"/> so a restart neither skips
/// nor repeats a run. Failed destinations are retried with the alerts' back-off until <see cref="DeliveryRetryPolicy.MaxAttempts"/>.
/// </summary>
public sealed class ReportScheduler(
    IReadOnlyList<ScheduledReport> reports, ScheduledReportRenderer renderer, ReportSender sender, ReportStateFile stateFile,
    AuditTrail audit, DeliveryRetryPolicy retry, TimeProvider clock, ILogger<ReportScheduler> logger)
    : BackgroundService
{
    /// <summary>The audit log's actor for reports this service sends.</summary>
    public const string AuditActor = "scheduler";

    /// <summary>Reports are due at minutes of the clock; a run goes out at most this long after its time.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(30);

    public IReadOnlyList<ScheduledReport> Reports => reports;

    /// <summary>Sends every run due at <paramref name="now"/> (several after an outage, oldest first) and saves the state after each.</summary>
    /// <exception cref="InvalidDataException">The state file is unreadable; nothing is sent until it is fixed or deleted.</exception>
    public async Task<IReadOnlyList<ReportRunOutcome>> RunDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (reports.Count == 0) return [];
        var states = await stateFile.LoadAsync(ct);
        var outcomes = new List<ReportRunOutcome>();
        foreach (var report in reports)
        {
            while (ReportRunPlanner.DueRun(report.Schedule, StateOf(states, report), now) is { } due)
            {
                var state = StateOf(states, report);
                if (state is { Pending: null, LastCompletedDue: { } last } && due > report.Schedule.FirstDueAfter(last))
                    logger.LogWarning("Report {Report}: runs between {Last:u} and {Due:u} were missed and are skipped (at most {Max} are caught up)",
                        report.Name, last, due, ReportRunPlanner.MaxCatchUpRuns);
                var (outcome, next) = await RunAsync(report, state, due, now, ct);
                states[report.Name] = next;
                await stateFile.SaveAsync(states, ct);
                outcomes.Add(outcome);
                if (outcome.Status == ReportRunStatus.Retrying) break;
            }
        }
        return outcomes;
    }

    /// <summary>Each report with what the state file remembers of it (last run sent, a retry waiting), for the dashboard.</summary>
    /// <exception cref="InvalidDataException">The state file is unreadable.</exception>
    public async Task<IReadOnlyList<(ScheduledReport Report, ReportRunState State)>> ListAsync(CancellationToken ct)
    {
        if (reports.Count == 0) return [];
        var states = await stateFile.LoadAsync(ct);
        return [.. reports.Select(r => (r, StateOf(states, r)))];
    }

    /// <summary>
    /// Sends <paramref name="name"/> now to all its destinations, once, outside its schedule: the period is the one a
    /// run today covers. The schedule's state is left alone, so the next scheduled run still goes out. Null: no such report.
    /// </summary>
    public async Task<ReportSendNowResult?> SendNowAsync(string name, string actor, CancellationToken ct)
    {
        if (reports.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal)) is not { } report) return null;
        var (rendered, delivered, error) = await DeliverAsync(report, clock.GetUtcNow(), [], ct);
        logger.LogInformation("Report {Report} sent on demand by {Actor} to {Count} destinations{Failure}", report.Name, actor, delivered.Count, error is null ? "" : $"; failed: {error}");
        if (rendered is not null && delivered.Count > 0) await RecordAsync(actor, report, rendered, delivered, error);
        return new ReportSendNowResult(delivered.Count, error);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (reports.Count == 0) return;
        logger.LogInformation("Scheduled reports: {Names}; state in {Path}", string.Join(", ", reports.Select(r => r.Name)), stateFile.Path);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Runs are only marked done once sent, so whatever was due is tried again at the next check.
                logger.LogError(e, "Checking scheduled reports failed; trying again in {Interval}", CheckInterval);
            }
            await Task.Delay(CheckInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static ReportRunState StateOf(Dictionary<string, ReportRunState> states, ScheduledReport report) =>
        states.GetValueOrDefault(report.Name) ?? ReportRunState.Never;

    private async Task<(ReportRunOutcome Outcome, ReportRunState Next)> RunAsync(
        ScheduledReport report, ReportRunState state, DateTimeOffset due, DateTimeOffset now, CancellationToken ct)
    {
        var pending = state.Pending is { } p && p.Due == due ? p : null;
        var attempts = (pending?.Attempts ?? 0) + 1;
        var (rendered, delivered, error) = await DeliverAsync(report, due, pending?.Delivered ?? [], ct);
        if (error is null)
        {
            logger.LogInformation("Report {Report} for {Due:u} sent to {Count} destinations", report.Name, due, delivered.Count);
            await RecordAsync(AuditActor, report, rendered!, delivered, null);
            return (new ReportRunOutcome(report.Name, due, ReportRunStatus.Sent, attempts, null), new ReportRunState(due, null));
        }
        if (attempts >= retry.MaxAttempts)
        {
            logger.LogError("Report {Report} for {Due:u} given up after {Attempts} attempts: {Reason}", report.Name, due, attempts, error);
            if (rendered is not null && delivered.Count > 0) await RecordAsync(AuditActor, report, rendered, delivered, error);
            return (new ReportRunOutcome(report.Name, due, ReportRunStatus.GivenUp, attempts, error), new ReportRunState(due, null));
        }
        var nextAttempt = now + retry.DelayAfter(attempts);
        logger.LogWarning("Report {Report} for {Due:u} failed (attempt {Attempts} of {Max}): {Reason}; next attempt at {Next:u}",
            report.Name, due, attempts, retry.MaxAttempts, error, nextAttempt);
        return (new ReportRunOutcome(report.Name, due, ReportRunStatus.Retrying, attempts, error),
            state with { Pending = new PendingReportRun(due, attempts, nextAttempt, error, delivered) });
    }

    /// <summary>
    /// Builds the report for <paramref name="due"/> once and sends it to each destination not in <paramref name="alreadyDelivered"/>.
    /// Error: null when every destination has it, else every reason joined.
    /// </summary>
    private async Task<(RenderedReport? Rendered, List<string> Delivered, string? Error)> DeliverAsync(
        ScheduledReport report, DateTimeOffset due, IReadOnlyList<string> alreadyDelivered, CancellationToken ct)
    {
        var delivered = new List<string>(alreadyDelivered);
        var errors = new List<string>();
        RenderedReport? rendered = null;
        try
        {
            rendered = await renderer.RenderAsync(report, due, ct);
            foreach (var destination in report.Destinations.Where(d => !delivered.Contains(d.Key)))
            {
                var result = await sender.SendAsync(rendered, destination, ct);
                if (result.Delivered) delivered.Add(destination.Key);
                else errors.Add($"{destination.Key}: {result.Error}");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // An unknown watchlist, chromium missing or failing, or a store error: the run is retried like a failed send.
            errors.Add($"the report could not be made: {e.Message}");
        }
        return (rendered, delivered, errors.Count == 0 ? null : string.Join("; ", errors));
    }

    /// <summary>Addresses and the webhook URL stay out of the audit log, as for standing queries: only how many got it.</summary>
    private Task RecordAsync(string actor, ScheduledReport report, RenderedReport rendered, List<string> delivered, string? failed) =>
        audit.RecordAsync(actor, AuditActions.Report, $"report {report.Name}", new
        {
            title = report.Title,
            from = rendered.Document.Period.From,
            to = rendered.Document.Period.To,
            format = report.Format.ToString().ToLowerInvariant(),
            emails = delivered.Count(k => k != ReportDestination.ToWebhook.Key),
            webhook = delivered.Contains(ReportDestination.ToWebhook.Key),
            failed,
        });
}
