using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Watchdog.Core.Search;
using Watchdog.Core.Watching;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Api.Validation;
using Watchdog.Core.Governance;
using Watchdog.Application.Governance;
using Watchdog.Core.Localization;
using Watchdog.Pipeline.Scheduling;
using Watchdog.Web.Governance;

namespace Watchdog.Web.Api;

/// <summary><c>/api/search</c>: full-text search with filters, paging and highlighted snippets.</summary>
public static class SearchApi
{
    private const string CannotSearchTitle = "The search cannot be run.";

    public static RouteGroupBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/search").WithTags("Search");
        api.MapGet("/", SearchAsync).WithName("Search").WithSummary("Search articles")
            .WithDescription("Searches stored articles, newest or most relevant first, with highlighted snippets. q uses the query language of standing queries "
                + "(AND/OR/NOT, \"phrases\"~n, prefix*, title:/text:/source:/tag:/lang:, published:[a TO b], @watchlist); empty q lists everything that passes the filters. "
                + "A query that cannot be parsed, or names an unknown watchlist, gives 400 with position (0-based), expected and found. "
                + $"q may be up to {SearchRequestValidation.MaxQueryLength} characters; a long one does not fit in a URL, send it with POST.");
        api.MapPost("/", SearchByBodyAsync).WithName("SearchByBody").WithSummary("Search articles (query in a JSON body)")
            .WithDescription("The same search as GET /api/search, with the same fields in a JSON body ({\"q\": …, \"lang\": …, \"page\": …}), "
                + "for queries too long for a URL; a field it does not know gives 400 naming it. Reads nothing and changes nothing but the audit log.");
        return api;
    }

    public static Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchParameters parameters, ISearchIndex index, SourceTitles titles, IWatchStore watch, AuditTrail audit, HttpContext http,
        CancellationToken ct) =>
        RunAsync(parameters, index, titles, watch, audit, http, ct);

    public static Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchByBodyAsync(
        [FromBody] SearchParameters parameters, ISearchIndex index, SourceTitles titles, IWatchStore watch, AuditTrail audit, HttpContext http,
        CancellationToken ct) =>
        RunAsync(parameters, index, titles, watch, audit, http, ct);

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> RunAsync(
        SearchParameters parameters, ISearchIndex index, SourceTitles titles, IWatchStore watch, AuditTrail audit, HttpContext http,
        CancellationToken ct)
    {
        var (validated, queryError) = await SearchRequestValidation.ValidateAsync(parameters, watch, ct, http.RequestServices.GetRequiredService<UiLocale>().TimeZone);
        if (!validated.IsValid) return SearchRequestValidation.Problem(validated.Errors, queryError, parameters.Q, CannotSearchTitle);
        var request = validated.Value!;
        await audit.RecordAsync(http, AuditActions.Search, null, AuditDetails.Of(request));

        SearchResults results;
        try
        {
            results = await index.SearchAsync(request, ct);
        }
        catch (InvalidQueryException e)
        {
            // Checked above; still possible when a watchlist is removed in between.
            return SearchRequestValidation.Problem(e, request.Query, CannotSearchTitle);
        }

        var titleOf = await titles.ForAsync(results.Hits.Select(h => h.SourceId), ct);
        var hits = results.Hits.Select(h => SearchHitView.From(h, titleOf.GetValueOrDefault(h.SourceId))).ToList();
        var totalPages = (int)Math.Min(int.MaxValue, (results.Total + results.PageSize - 1) / Math.Max(1, results.PageSize));
        return TypedResults.Ok(new SearchResponse(request.Query, results.Total, results.Page, results.PageSize, totalPages, hits));
    }
}
