using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Entities;
using Watchdog.Core.Governance;
using Watchdog.Core.Localization;
using Watchdog.Core.Search;
using Watchdog.Core.Watching;
using Watchdog.Application.Governance;
using Watchdog.Application.Reporting;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Api.Validation;
using Watchdog.Web.Governance;

namespace Watchdog.Web.Api;

/// <summary><c>/api/entities</c>: the people, organisations and places a query's matches name, and how often (aggregate only).</summary>
public static class EntitiesApi
{
    private const string CannotCountTitle = "The entities cannot be counted.";

    public static RouteGroupBuilder MapEntitiesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/entities").WithTags("Trends");
        api.MapGet("/", GetEntitiesAsync).WithName("GetEntities").WithSummary("People, organisations and places named in a query's matches")
            .WithDescription("Counts the named entities of every article matching q (lang and source as in search) published from–to (ISO dates; "
                + "without them the last 30 days, as in GET /api/trends), from the entities tagged in each article's title and text when it was "
                + "stored: for each, its kind, a key shared by its inflected, transliterated and alternative spellings (Токаев, Токаеву, Тоқаевтың, "
                + "Tokayev; Алматы, Almaty), its most frequent written form, how many articles mention it and how often, and the newest few of "
                + "those articles. articlesNotYetTagged counts matches stored before tagging that the background backfill has not reached; "
                + $"they are not counted. kind=person|organization|location keeps one kind; limit (1–{EntityRequestValidation.MaxLimit}, default "
                + $"{EntityRequestValidation.DefaultLimit}) applies to each kind. Tagging is by trained models for Russian, Kazakh and English (see "
                + "the README for their measured accuracy); counts are aggregate only, there is no view of any one person. "
                + "Bad dates, an unknown kind or a query that cannot be parsed give 400 (a query error with position, expected and found).");
        return api;
    }

    public static async Task<Results<Ok<EntitiesResponse>, ValidationProblem>> GetEntitiesAsync(
        [AsParameters] EntityParameters parameters, ISearchIndex index, IEntityStore entities, IWatchStore watch,
        AuditTrail audit, TimeProvider clock, UiLocale locale, HttpContext http, CancellationToken ct)
    {
        var (validated, queryError) = await EntityRequestValidation.ValidateAsync(parameters, watch, clock.GetUtcNow(), ct, locale.TimeZone);
        if (!validated.IsValid) return SearchRequestValidation.Problem(validated.Errors, queryError, parameters.Q, CannotCountTitle);
        var query = validated.Value!;
        var kindName = query.Kind is { } kind ? EntityRequestValidation.Name(kind) : null;
        await audit.RecordAsync(http, AuditActions.Search, null, ReportingAuditDetails.Of("entities", query.Search, new { kind = kindName, limit = query.Limit }));

        EntityCountsResult counted;
        try
        {
            counted = await EntityCounts.CountAsync(index, entities, query.Search, ct);
        }
        catch (InvalidQueryException e)
        {
            return SearchRequestValidation.Problem(e, query.Search.Query, CannotCountTitle);
        }
        return TypedResults.Ok(new EntitiesResponse(query.Search.Query, query.Search.From!.Value, query.Search.To!.Value,
            counted.ArticlesMatched, counted.ArticlesTagged, counted.ArticlesNotYetTagged,
            [.. counted.Top(query.Kind, query.Limit).Select(EntityView.From)]));
    }
}
