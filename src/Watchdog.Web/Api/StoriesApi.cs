using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Governance;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Core.Stories;
using Watchdog.Core.Watching;
using Watchdog.Application.Governance;
using Watchdog.Application.Reporting;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Api.Validation;
using Watchdog.Web.Governance;

namespace Watchdog.Web.Api;

/// <summary><c>/api/stories</c>: the recent matches of a query grouped into stories (articles about one event).</summary>
public static class StoriesApi
{
    private const string CannotGroupTitle = "The stories cannot be found.";

    /// <summary>One article is not a story; two reports of an event are.</summary>
    public const int MinStoryArticles = 2;

    public static RouteGroupBuilder MapStoriesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/stories").WithTags("Trends");
        api.MapGet("/", GetStoriesAsync).WithName("GetStories").WithSummary("Stories among a query's matches of a period")
            .WithDescription($"Groups the articles matching q (with lang and source as in search) published in the last `days` days (1–{StoryRequestValidation.MaxDays}, default {StoryRequestValidation.DefaultDays}) "
                + $"into stories of at least {MinStoryArticles} articles, by similarity of their words within a time window; largest first, at most `limit` (1–{StoryRequestValidation.MaxLimit}, default {StoryRequestValidation.DefaultLimit}). "
                + $"Each story has a stable id (given at ingest and stored), a label (its most telling words), its size, languages, first and last publication, its {StoryView.SampleArticles} newest articles "
                + $"and its timeline (oldest first: the first source, who followed, who reprinted a near-duplicate). Only the newest {StoryFinder.MaxMatches} matches are looked up. "
                + "Reports of one event in Russian, Kazakh and English join through the names, numbers and dates they share.");
        api.MapGet("/sources", GetStorySourcesAsync).WithName("GetStorySources").WithSummary("Who breaks and who follows: sources' part in the stories of a query and period")
            .WithDescription("For the stories among the matches of q (with lang, source and days as above) that several sources reported: per source (an outlet, never a person), "
                + "how many it published first, followed with its own report, or reprinted (a near-duplicate of an earlier article), and its median delay behind the first. "
                + $"At most `limit` sources, most stories broken first; at most {StoryFinder.MaxStoriesForRoles} stories are read.");
        return api;
    }

    public static async Task<Results<Ok<StoriesResponse>, ValidationProblem>> GetStoriesAsync(
        [AsParameters] StoryParameters parameters, ISearchIndex index, IArticleStore articles, IStoryStore stories, ISourceStore sources, IWatchStore watch,
        AuditTrail audit, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var (lookup, problem) = await LookUpAsync(parameters, "stories", query => query.Limit,
            new StoryServices(index, articles, stories, sources, watch, audit, clock), http, ct);
        if (lookup is not { } found) return problem!;
        var query = found.Query;
        return TypedResults.Ok(new StoriesResponse(query.Search.Query, query.Search.From!.Value, query.Search.To!.Value,
            [.. found.Stories.Take(query.Limit).Select(s => StoryView.From(s, found.Names))]));
    }

    public static async Task<Results<Ok<StorySourcesResponse>, ValidationProblem>> GetStorySourcesAsync(
        [AsParameters] StoryParameters parameters, ISearchIndex index, IArticleStore articles, IStoryStore stories, ISourceStore sources, IWatchStore watch,
        AuditTrail audit, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var (lookup, problem) = await LookUpAsync(parameters, "story-sources", _ => StoryFinder.MaxStoriesForRoles,
            new StoryServices(index, articles, stories, sources, watch, audit, clock), http, ct);
        if (lookup is not { } found) return problem!;
        var query = found.Query;
        var roles = SourceRoles.Of(found.Stories.Select(s => s.Timeline));
        return TypedResults.Ok(new StorySourcesResponse(query.Search.Query, query.Search.From!.Value, query.Search.To!.Value,
            found.Stories.Count(s => s.Timeline.Select(e => e.Article.SourceId).Distinct().Count() >= SourceRoles.MinSources),
            [.. roles.Take(query.Limit).Select(r => SourceRoleView.From(r, found.Names))]));
    }

    private sealed record StoryServices(
        ISearchIndex Index, IArticleStore Articles, IStoryStore Stories, ISourceStore Sources, IWatchStore Watch, AuditTrail Audit, TimeProvider Clock);

    private sealed record StoryLookup(StoryQuery Query, FoundStory[] Stories, SourceNames Names);

    /// <summary>What both endpoints do first: validate, record the request in the audit log, find the stored stories.</summary>
    /// <param name="maxStories">How many stories to read for the validated query.</param>
    private static async Task<(StoryLookup? Lookup, ValidationProblem? Problem)> LookUpAsync(
        StoryParameters parameters, string auditKind, Func<StoryQuery, int> maxStories, StoryServices services, HttpContext http, CancellationToken ct)
    {
        var (validated, queryError) = await StoryRequestValidation.ValidateAsync(parameters, services.Watch, services.Clock.GetUtcNow(), ct);
        if (!validated.IsValid) return (null, SearchRequestValidation.Problem(validated.Errors, queryError, parameters.Q, CannotGroupTitle));
        var query = validated.Value!;
        await services.Audit.RecordAsync(http, AuditActions.Search, null, ReportingAuditDetails.Of(auditKind, query.Search, new { days = query.Days, limit = query.Limit }));

        FoundStory[] found;
        try
        {
            found = await StoryFinder.FindAsync(services.Index, services.Articles, services.Stories, query.Search, maxStories(query), MinStoryArticles, ct);
        }
        catch (InvalidQueryException e)
        {
            return (null, SearchRequestValidation.Problem(e, query.Search.Query, CannotGroupTitle));
        }
        return (new StoryLookup(query, found, await SourceNames.LoadAsync(services.Sources, ct)), null);
    }
}
