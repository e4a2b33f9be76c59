using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Governance;

namespace Watchdog.Web.Governance;

/// <summary><c>/api/audit</c>: the append-only audit log, newest first (admin only). There is no way to change it.</summary>
public static class AuditApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/audit").WithTags("Governance");
        api.MapGet("/", ListAuditAsync).WithName("ListAudit").WithSummary("The audit log, newest first")
            .WithDescription("Every search, standing query and watchlist change, source change, user change and retention pass: time, actor, action, target and details. "
                + "action filters by an action (query.create) or a family (query); actor by a user name, local, cli, config or retention; from and to are ISO 8601 times. Admin only.");
        return api;
    }

    public static async Task<Results<Ok<AuditPageView>, ValidationProblem>> ListAuditAsync(
        IAuditLog log, CancellationToken ct, string? action = null, string? actor = null, string? from = null, string? to = null,
        int page = 1, int pageSize = DefaultPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (action is not null && !AuditActions.IsWellFormed(action)) errors["action"] = [$"'{action}' is not an action such as query.create or a family such as query."];
        var fromTime = ParseTime(from, "from", errors);
        var toTime = ParseTime(to, "to", errors);
        if (page < 1) errors["page"] = ["The page must be 1 or more."];
        if (pageSize is < 1 or > MaxPageSize) errors["pageSize"] = [$"The page size must be between 1 and {MaxPageSize}."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The audit log cannot be listed.");

        var result = await log.ListAsync(new AuditQuery
        {
            Action = action, Actor = string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(), From = fromTime, To = toTime, Page = page, PageSize = pageSize,
        }, ct);
        var totalPages = (int)Math.Min(int.MaxValue, (result.Total + result.PageSize - 1) / result.PageSize);
        return TypedResults.Ok(new AuditPageView(result.Total, result.Page, result.PageSize, totalPages, result.Entries.Select(AuditEntryView.From).ToList()));
    }

    private static DateTimeOffset? ParseTime(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return at;
        errors[name] = [$"'{text}' is not a time; write ISO 8601, e.g. 2026-01-05 or 2026-01-05T10:00:00Z."];
        return null;
    }
}
