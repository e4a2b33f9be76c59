using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Watching;
using Watchdog.Pipeline.Watching;
using Watchdog.Query.Watchlists;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Api.Validation;
using Watchdog.Core.Governance;
using Watchdog.Application.Governance;
using Watchdog.Web.Governance;

namespace Watchdog.Web.Api;

/// <summary><c>/api/queries</c>: standing queries matched against every new article, with the rule that delivers their alerts.</summary>
public static class QueriesApi
{
    private const string CannotSaveTitle = "The standing query cannot be saved.";

    public static RouteGroupBuilder MapQueriesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/queries").WithTags("Standing queries");
        api.MapGet("/", ListQueriesAsync).WithName("ListQueries").WithSummary("List standing queries");
        api.MapGet("/{id:long}", GetQueryAsync).WithName("GetQuery").WithSummary("Get a standing query");
        api.MapPost("/", CreateQueryAsync).WithName("CreateQuery").WithSummary("Create a standing query")
            .WithDescription("The query text uses the query language (AND/OR/NOT, \"phrases\"~n, prefix*, title:/source:/tag:/lang:, published:[a TO b], @watchlist). "
                + "A query that cannot be parsed, or names an unknown watchlist, gives 400 with position (0-based), expected and found. "
                + "The rule sets maxPerHour, quietHours {start, end, timeZone}, digest none|hourly|daily and targets (webhook URL with an optional HMAC secret, or e-mail address).");
        api.MapPost("/check", CheckQueryAsync).WithName("CheckQuery").WithSummary("Check a standing query's text without saving it")
            .WithDescription("The checks POST /api/queries makes of the query text (the editor calls it as you type): 200 when it would be accepted, "
                + "else 400 with position (0-based), expected and found. Nothing is stored or searched.");
        api.MapPut("/{id:long}", UpdateQueryAsync).WithName("UpdateQuery").WithSummary("Replace a standing query and its rule");
        api.MapDelete("/{id:long}", RemoveQueryAsync).WithName("RemoveQuery").WithSummary("Remove a standing query").WithDescription("Its alerts stay.");
        return api;
    }

    public static async Task<Ok<List<StandingQueryView>>> ListQueriesAsync(IWatchStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.ListQueriesAsync(ct)).Select(StandingQueryView.From).ToList());

    public static async Task<Results<Ok<StandingQueryView>, NotFound>> GetQueryAsync(long id, IWatchStore store, CancellationToken ct) =>
        await store.GetQueryAsync(id, ct) is { } query ? TypedResults.Ok(StandingQueryView.From(query)) : TypedResults.NotFound();

    public static async Task<Results<Created<StandingQueryView>, ValidationProblem>> CreateQueryAsync(
        StandingQueryRequest request, IWatchStore store, CompiledQueriesFreshness freshness, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var (validated, problem) = await ValidateAsync(request, store, ct);
        if (problem is not null) return problem;
        var saved = await store.SaveQueryAsync(validated!, ct);
        freshness.Invalidate();
        await audit.RecordAsync(http, AuditActions.QueryCreate, AuditDetails.Target(saved), AuditDetails.Of(saved));
        return TypedResults.Created($"/api/queries/{saved.Id}", StandingQueryView.From(saved));
    }

    public static async Task<Results<Ok<QueryCheckView>, ValidationProblem>> CheckQueryAsync(QueryCheckRequest request, IWatchStore store, CancellationToken ct)
    {
        var text = request.Query ?? "";
        var errors = new ValidationErrors();
        var queryError = StandingQueryRequestValidation.ValidateQueryText(text, new WatchlistCatalog(await store.ListWatchlistsAsync(ct)), errors);
        if (!errors.Any) return TypedResults.Ok(new QueryCheckView(text, Valid: true));
        var extensions = queryError is null ? null : QueryTextValidation.Extensions(queryError, text);
        return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The query cannot be used.", extensions: extensions);
    }

    public static async Task<Results<Ok<StandingQueryView>, NotFound, ValidationProblem>> UpdateQueryAsync(
        long id, StandingQueryRequest request, IWatchStore store, CompiledQueriesFreshness freshness, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var (validated, problem) = await ValidateAsync(request, store, ct);
        if (problem is not null) return problem;
        if (await store.GetQueryAsync(id, ct) is not { } existing) return TypedResults.NotFound();
        // A secret is write-only: an update that names the same webhook without one keeps the secret already stored.
        var targets = validated!.Rule.Targets.Select(t => t.Secret is null ? t with { Secret = SecretOf(existing, t) } : t).ToList();
        var saved = await store.SaveQueryAsync(validated with { Id = id, CreatedAt = existing.CreatedAt, Rule = validated.Rule with { Targets = targets } }, ct);
        freshness.Invalidate();
        await audit.RecordAsync(http, AuditActions.QueryUpdate, AuditDetails.Target(saved), AuditDetails.Of(saved));
        return TypedResults.Ok(StandingQueryView.From(saved));
    }

    public static async Task<Results<NoContent, NotFound>> RemoveQueryAsync(
        long id, IWatchStore store, CompiledQueriesFreshness freshness, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var existing = await store.GetQueryAsync(id, ct);
        if (existing is null || !await store.RemoveQueryAsync(id, ct)) return TypedResults.NotFound();
        freshness.Invalidate();
        await audit.RecordAsync(http, AuditActions.QueryDelete, AuditDetails.Target(existing), AuditDetails.Of(existing));
        return TypedResults.NoContent();
    }

    private static async Task<(StandingQuery? Query, ValidationProblem? Problem)> ValidateAsync(StandingQueryRequest request, IWatchStore store, CancellationToken ct)
    {
        var catalog = new WatchlistCatalog(await store.ListWatchlistsAsync(ct));
        var (validated, queryError) = StandingQueryRequestValidation.Validate(request, catalog);
        if (validated.IsValid) return (validated.Value, null);
        var extensions = queryError is null ? null : QueryTextValidation.Extensions(queryError, request.Query ?? "");
        return (null, TypedResults.ValidationProblem(validated.Errors.ToDictionary(), title: CannotSaveTitle, extensions: extensions));
    }

    private static string? SecretOf(StandingQuery query, DeliveryTarget target) =>
        query.Rule.Targets.FirstOrDefault(t => t.Channel == target.Channel && t.Address == target.Address)?.Secret;
}
