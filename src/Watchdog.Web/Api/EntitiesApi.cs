using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Governance;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Core.Watching;
using Watchdog.Pipeline.Governance;
using Watchdog.Pipeline.Reporting;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Api.Validation;
using Watchdog.Web.Governance;

namespace Watchdog.Web.Api;

/// <summary><c>/api/entities</c>: the people, organisations and places a query's recent matches name, and how often (aggregate only).</summary>
public static class EntitiesApi
{
    private const string CannotCountTitle = "The entities cannot be counted.";

    public static RouteGroupBuilder MapEntitiesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/entities").WithTags("Trends");
        api.MapGet("/", GetEntitiesAsync).WithName("GetEntities").WithSummary("People, organisations and places named in a query's matches")
            .WithDescription($"Reads the newest {EntityCounts.MaxArticles} articles matching q (lang and source as in search) published from–to (ISO dates; "
                + "without them the last 30 days, as in GET /api/trends) and counts the named entities in their titles and texts: for each, "
                + "its kind, a key shared by its inflected and alternative spellings (Токаев, Токаеву, Тоқаевтың; Алматы, Almaty), "
                + "its most frequent written form, how many articles mention it and how often, and the newest few of those articles. "
                + $"kind=person|organization|location keeps one kind; limit (1–{EntityRequestValidation.MaxLimit}, default {EntityRequestValidation.DefaultLimit}) "
                + "applies to each kind. Extraction is by rules for Russian, Kazakh and English (see the Watchdog.Analysis README for its "
                + "measured accuracy and limits); counts are aggregate only, there is no view of any one person. "
                + "Bad dates, an unknown kind or a query that cannot be parsed give 400 (a query error with position, expected and found).");
        return api;
    }

    public static async Task<Results<Ok<EntitiesResponse>, ValidationProblem>> GetEntitiesAsync(
        [AsParameters] EntityParameters parameters, ISearchIndex index, IArticleStore articles, IWatchStore watch,
        AuditTrail audit, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var (validated, queryError) = await EntityRequestValidation.ValidateAsync(parameters, watch, clock.GetUtcNow(), ct);
        if (!validated.IsValid) return SearchRequestValidation.Problem(validated.Errors, queryError, parameters.Q, CannotCountTitle);
        var query = validated.Value!;
        var kindName = query.Kind is { } kind ? EntityRequestValidation.Name(kind) : null;
        await audit.RecordAsync(http, AuditActions.Search, null, ReportingAuditDetails.Of("entities", query.Search, new { kind = kindName, limit = query.Limit }));

        EntityCountsResult counted;
        try
        {
            counted = await EntityCounts.CountAsync(index, articles, query.Search, EntityCounts.MaxArticles, ct);
        }
        catch (InvalidQueryException e)
        {
            return SearchRequestValidation.Problem(e, query.Search.Query, CannotCountTitle);
        }
        return TypedResults.Ok(new EntitiesResponse(query.Search.Query, query.Search.From!.Value, query.Search.To!.Value, counted.ArticlesRead,
            [.. counted.Top(query.Kind, query.Limit).Select(EntityView.From)]));
    }
}
