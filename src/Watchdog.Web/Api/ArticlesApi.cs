using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Storage;
using Watchdog.Web.Api.Contracts;

namespace Watchdog.Web.Api;

/// <summary><c>/api/articles</c>: the latest stored articles, one article with its text, and its analysis.</summary>
public static class ArticlesApi
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 200;

    public static RouteGroupBuilder MapArticlesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/articles").WithTags("Articles");
        api.MapGet("/", LatestArticlesAsync).WithName("LatestArticles").WithSummary("Latest articles")
            .WithDescription("The most recently stored articles, optionally of one source.");
        api.MapGet("/{id:long}", GetArticleAsync).WithName("GetArticle").WithSummary("Get an article with its text");
        api.MapGet("/{id:long}/analysis", ArticleAnalysisApi.GetAnalysisAsync).WithName("GetArticleAnalysis").WithSummary("What was made of an article")
            .WithDescription("Its source's title, tone, entities, the standing queries that match it with the matched passages, and its story with the story's other articles (near-duplicates marked).");
        return api;
    }

    public static async Task<Results<Ok<List<ArticleSummary>>, ValidationProblem>> LatestArticlesAsync(
        IArticleStore articles, CancellationToken ct, int? limit = null, long? source = null)
    {
        var count = limit ?? DefaultLimit;
        if (count < 1 || count > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"The limit must be between 1 and {MaxLimit}."] });
        }
        var latest = await articles.LatestAsync(count, source, ct);
        return TypedResults.Ok(latest.Select(ArticleSummary.From).ToList());
    }

    public static async Task<Results<Ok<ArticleView>, NotFound>> GetArticleAsync(long id, IArticleStore articles, CancellationToken ct) =>
        await articles.GetAsync(id, ct) is { } article ? TypedResults.Ok(ArticleView.From(article)) : TypedResults.NotFound();
}
