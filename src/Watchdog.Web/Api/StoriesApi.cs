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

/// <summary><c>/api/stories</c>: the recent matches of a query grouped into stories (articles about one event).</summary>
public static class StoriesApi
{
    private const string CannotGroupTitle = "The stories cannot be found.";

    /// <summary>One article is not a story; two reports of an event are.</summary>
    public const int MinStoryArticles = 2;

    public static RouteGroupBuilder MapStoriesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/stories").WithTags("Trends");
        api.MapGet("/", GetStoriesAsync).WithName("GetStories").WithSummary("Stories among a query's recent matches")
            .WithDescription($"Groups the articles matching q (with lang and source as in search) published in the last `days` days (1–{StoryRequestValidation.MaxDays}, default {StoryRequestValidation.DefaultDays}) "
                + $"into stories of at least {MinStoryArticles} articles, by similarity of their words within a time window; largest first, at most `limit` (1–{StoryRequestValidation.MaxLimit}, default {StoryRequestValidation.DefaultLimit}). "
                + $"Each story has a label (its most telling words), its size, languages, first and last publication and its {StoryView.SampleArticles} newest articles. "
                + $"Clustering runs on each request: story ids mean something only within one answer. Only the newest {StoryFinder.MaxArticles} matches are clustered, "
                + "so on a broad query older stories of the period may be missing; narrow the query or the days. Languages are not translated: "
                + "reports of one event in Russian and English form separate stories unless they share names spelt alike.");
        return api;
    }

    public static async Task<Results<Ok<StoriesResponse>, ValidationProblem>> GetStoriesAsync(
        [AsParameters] StoryParameters parameters, ISearchIndex index, IArticleStore articles, ISourceStore sources, IWatchStore watch,
        AuditTrail audit, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var (validated, queryError) = await StoryRequestValidation.ValidateAsync(parameters, watch, clock.GetUtcNow(), ct);
        if (!validated.IsValid) return SearchRequestValidation.Problem(validated.Errors, queryError, parameters.Q, CannotGroupTitle);
        var query = validated.Value!;
        await audit.RecordAsync(http, AuditActions.Search, null, ReportingAuditDetails.Of("stories", query.Search, new { days = query.Days, limit = query.Limit }));

        FoundStory[] found;
        try
        {
            found = await StoryFinder.FindAsync(index, articles, query.Search, StoryFinder.MaxArticles, MinStoryArticles, ct);
        }
        catch (InvalidQueryException e)
        {
            return SearchRequestValidation.Problem(e, query.Search.Query, CannotGroupTitle);
        }
        var names = await SourceNames.LoadAsync(sources, ct);
        return TypedResults.Ok(new StoriesResponse(query.Search.Query, query.Search.From!.Value, query.Search.To!.Value,
            [.. found.Take(query.Limit).Select(s => StoryView.From(s, names))]));
    }
}
