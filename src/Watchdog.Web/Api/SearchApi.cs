using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Core.Watching;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Api.Validation;
using Watchdog.Core.Governance;
using Watchdog.Pipeline.Governance;
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
                + "A query that cannot be parsed, or names an unknown watchlist, gives 400 with position (0-based), expected and found.");
        return api;
    }

    public static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchParameters parameters, ISearchIndex index, ISourceStore sources, IWatchStore watch, AuditTrail audit, HttpContext http,
        CancellationToken ct)
    {
        var (validated, queryError) = await SearchRequestValidation.ValidateAsync(parameters, watch, ct);
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

        var titles = (await sources.ListAsync(ct)).ToDictionary(s => s.Id, s => s.Title ?? s.Url.Host);
        var hits = results.Hits.Select(h => SearchHitView.From(h, titles.GetValueOrDefault(h.SourceId))).ToList();
        var totalPages = (int)Math.Min(int.MaxValue, (results.Total + results.PageSize - 1) / Math.Max(1, results.PageSize));
        return TypedResults.Ok(new SearchResponse(request.Query, results.Total, results.Page, results.PageSize, totalPages, hits));
    }
}
