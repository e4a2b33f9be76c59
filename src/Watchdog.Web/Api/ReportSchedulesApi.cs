using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Application.Reporting.Scheduling;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Auth;

namespace Watchdog.Web.Api;

/// <summary>
/// <c>/api/reports/schedules</c> (analyst): the scheduled reports of watchdog.yaml with their last run, and "send now".
/// Reading them needs the analyst role too, as they name their recipients.
/// </summary>
public static class ReportSchedulesApi
{
    public static RouteGroupBuilder MapReportSchedulesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/reports/schedules").WithTags("Export and reports");
        api.MapGet("/", ListAsync).WithName("ListScheduledReports").WithSummary("Scheduled reports and when each last went out")
            .WithDescription("The reports declared under reports: in watchdog.yaml: name, title, when (UTC), format, queries, e-mail recipients, whether a webhook "
                + "gets it, the last run sent and the reason a run waits for a retry. Analyst role.");
        api.MapPost("/{name}/send", SendNowAsync).WithName("SendScheduledReport").WithSummary("Send a scheduled report now")
            .WithDescription("Builds the report for the period a run today covers and sends it to all its destinations once; its schedule is unchanged. "
                + "Answers how many destinations got it and why others did not. Recorded in the audit log. 404 for an unknown name. Analyst role.");
        return api;
    }

    public static async Task<Ok<List<ScheduledReportView>>> ListAsync(ReportScheduler scheduler, CancellationToken ct) =>
        TypedResults.Ok((await scheduler.ListAsync(ct)).Select(entry => ScheduledReportView.From(entry.Report, entry.State)).ToList());

    public static async Task<Results<Ok<ReportSentView>, NotFound>> SendNowAsync(string name, ReportScheduler scheduler, HttpContext http, CancellationToken ct) =>
        await scheduler.SendNowAsync(name, http.Caller().Name, ct) is { } sent ? TypedResults.Ok(new ReportSentView(sent.Delivered, sent.Error)) : TypedResults.NotFound();
}
