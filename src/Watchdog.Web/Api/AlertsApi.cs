using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Watching;
using Watchdog.Web.Api.Contracts;

namespace Watchdog.Web.Api;

/// <summary><c>/api/alerts</c> (in-app alerts with read/unread) and <c>/api/deliveries</c> (webhook and e-mail sends, failures included).</summary>
public static class AlertsApi
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 1000;
    public const int DefaultDeliveryLimit = 50;
    public const int MaxDeliveryLimit = 500;

    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder routes)
    {
        var alerts = routes.MapGroup("/api/alerts").WithTags("Alerts");
        alerts.MapGet("/", ListAlertsAsync).WithName("ListAlerts").WithSummary("List alerts, newest first")
            .WithDescription("unread=true keeps unread ones; query narrows to one standing query; afterId returns only alerts newer than that id (poll with the newest id seen). Each alert has its article title and URL and the highlighted passages.");
        alerts.MapGet("/{id:long}", GetAlertAsync).WithName("GetAlert").WithSummary("Get an alert with its highlighted passages");
        alerts.MapPost("/read", MarkAllReadAsync).WithName("MarkAllAlertsRead").WithSummary("Mark every unread alert read")
            .WithDescription("query narrows it to one standing query's alerts.");
        alerts.MapPost("/{id:long}/read", MarkReadAsync).WithName("MarkAlertRead").WithSummary("Mark an alert read");
        alerts.MapPost("/{id:long}/unread", MarkUnreadAsync).WithName("MarkAlertUnread").WithSummary("Mark an alert unread");
        alerts.MapGet("/{id:long}/deliveries", ListAlertDeliveriesAsync).WithName("ListAlertDeliveries").WithSummary("Deliveries of one alert");

        var deliveries = routes.MapGroup("/api/deliveries").WithTags("Alerts");
        deliveries.MapGet("/", ListDeliveriesAsync).WithName("ListDeliveries").WithSummary("List deliveries, newest first")
            .WithDescription("Webhook and e-mail sends with their status (Pending, Delivered, Failed, GivenUp), attempts, next attempt and last error. status=Failed shows what is being retried; GivenUp what never arrived, and why.");
        return routes;
    }

    public static async Task<Results<Ok<AlertPageView>, ValidationProblem>> ListAlertsAsync(
        IWatchStore store, CancellationToken ct, bool unread = false, long? query = null, long? afterId = null, int page = 1, int pageSize = DefaultPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1 || page > MaxPage) errors["page"] = [$"The page must be between 1 and {MaxPage}."];
        if (pageSize < 1 || pageSize > MaxPageSize) errors["pageSize"] = [$"The page size must be between 1 and {MaxPageSize}."];
        if (afterId is < 0) errors["afterId"] = ["afterId must not be negative."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The alerts cannot be listed.");

        var request = new AlertListRequest { UnreadOnly = unread, QueryId = query, AfterId = afterId, Page = page, PageSize = pageSize };
        var result = await store.ListAlertsAsync(request, ct);
        var unreadCount = unread ? result.Total : (await store.ListAlertsAsync(request with { UnreadOnly = true, Page = 1, PageSize = 1 }, ct)).Total;
        var names = await QueryNamesAsync(store, ct);
        var totalPages = (int)Math.Min(int.MaxValue, (result.Total + pageSize - 1) / pageSize);
        return TypedResults.Ok(new AlertPageView(result.Total, unreadCount, result.Page, result.PageSize, totalPages,
            result.Alerts.Select(a => AlertView.From(a, names.GetValueOrDefault(a.QueryId))).ToList()));
    }

    public static async Task<Results<Ok<AlertView>, NotFound>> GetAlertAsync(long id, IWatchStore store, CancellationToken ct)
    {
        if (await store.GetAlertAsync(id, ct) is not { } alert) return TypedResults.NotFound();
        return TypedResults.Ok(AlertView.From(alert, (await store.GetQueryAsync(alert.QueryId, ct))?.Name));
    }

    public static Task<Results<Ok<AlertView>, NotFound>> MarkReadAsync(long id, IWatchStore store, CancellationToken ct) => SetReadAsync(id, true, store, ct);

    public static async Task<Ok<MarkAllReadView>> MarkAllReadAsync(IWatchStore store, CancellationToken ct, long? query = null)
    {
        // Always the first page: each round marks what it read, so the next round sees the unread ones left.
        var request = new AlertListRequest { UnreadOnly = true, QueryId = query, Page = 1, PageSize = MaxPageSize };
        var marked = 0;
        for (var round = 0; round < MaxPage; round++)
        {
            var unread = await store.ListAlertsAsync(request, ct);
            if (unread.Alerts.Count == 0) break;
            foreach (var alert in unread.Alerts) if (await store.MarkReadAsync(alert.Id, true, ct)) marked++;
        }
        return TypedResults.Ok(new MarkAllReadView(marked));
    }

    public static Task<Results<Ok<AlertView>, NotFound>> MarkUnreadAsync(long id, IWatchStore store, CancellationToken ct) => SetReadAsync(id, false, store, ct);

    public static async Task<Results<Ok<List<AlertDeliveryView>>, NotFound>> ListAlertDeliveriesAsync(long id, IWatchStore store, CancellationToken ct)
    {
        if (await store.GetAlertAsync(id, ct) is null) return TypedResults.NotFound();
        var deliveries = await store.ListDeliveriesAsync(id, null, MaxDeliveryLimit, ct);
        return TypedResults.Ok(deliveries.Select(AlertDeliveryView.From).ToList());
    }

    public static async Task<Results<Ok<List<AlertDeliveryView>>, ValidationProblem>> ListDeliveriesAsync(
        IWatchStore store, CancellationToken ct, long? alert = null, string? status = null, int limit = DefaultDeliveryLimit)
    {
        var errors = new Dictionary<string, string[]>();
        DeliveryStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<DeliveryStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) wanted = parsed;
            else errors["status"] = [$"'{status}' is not a delivery status; use one of: {string.Join(", ", Enum.GetNames<DeliveryStatus>())}."];
        }
        if (limit < 1 || limit > MaxDeliveryLimit) errors["limit"] = [$"The limit must be between 1 and {MaxDeliveryLimit}."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The deliveries cannot be listed.");
        var deliveries = await store.ListDeliveriesAsync(alert, wanted, limit, ct);
        return TypedResults.Ok(deliveries.Select(AlertDeliveryView.From).ToList());
    }

    private static async Task<Results<Ok<AlertView>, NotFound>> SetReadAsync(long id, bool read, IWatchStore store, CancellationToken ct)
    {
        if (!await store.MarkReadAsync(id, read, ct) || await store.GetAlertAsync(id, ct) is not { } alert) return TypedResults.NotFound();
        return TypedResults.Ok(AlertView.From(alert, (await store.GetQueryAsync(alert.QueryId, ct))?.Name));
    }

    private static async Task<Dictionary<long, string>> QueryNamesAsync(IWatchStore store, CancellationToken ct) =>
        (await store.ListQueriesAsync(ct)).ToDictionary(q => q.Id, q => q.Name);
}
