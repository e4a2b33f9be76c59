using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Api.Validation;
using Watchdog.Core.Governance;
using Watchdog.Pipeline.Governance;
using Watchdog.Web.Governance;

namespace Watchdog.Web.Api;

/// <summary><c>/api/search</c>: full-text search with filters, paging and highlighted snippets.</summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/search").WithTags("Search");
        api.MapGet("/", SearchAsync).WithName("Search").WithSummary("Search articles")
            .WithDescription("Searches stored articles, newest or most relevant first, with highlighted snippets. q uses the query language: words, \"phrases\", field:value; empty q lists everything that passes the filters. A query that cannot be parsed gives 400 with the position of the problem.");
        return api;
    }

    public static async Task<Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        [AsParameters] SearchParameters parameters, ISearchIndex index, ISourceStore sources, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var validated = SearchRequestValidation.Validate(parameters);
        if (!validated.IsValid) return TypedResults.ValidationProblem(validated.Errors.ToDictionary(), title: "The search cannot be run.");
        var request = validated.Value!;
        await audit.RecordAsync(http, AuditActions.Search, null, AuditDetails.Of(request));

        SearchResults results;
        try
        {
            results = await index.SearchAsync(request, ct);
        }
        catch (InvalidQueryException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The query cannot be parsed.", detail: e.Message,
                extensions: new Dictionary<string, object?> { ["position"] = e.Position, ["query"] = request.Query });
        }

        var titles = (await sources.ListAsync(ct)).ToDictionary(s => s.Id, s => s.Title ?? s.Url.Host);
        var hits = results.Hits.Select(h => SearchHitView.From(h, titles.GetValueOrDefault(h.SourceId))).ToList();
        var totalPages = (int)Math.Min(int.MaxValue, (results.Total + results.PageSize - 1) / Math.Max(1, results.PageSize));
        return TypedResults.Ok(new SearchResponse(request.Query, results.Total, results.Page, results.PageSize, totalPages, hits));
    }
}
