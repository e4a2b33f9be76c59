using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Articles;
using Watchdog.Core.Storage;
using Watchdog.Core.Watching;
using Watchdog.Watch.Explain;
using Watchdog.Watch.Matching;
using Watchdog.Query.Watchlists;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Api.Validation;
using Watchdog.Core.Governance;
using Watchdog.Application.Governance;
using Watchdog.Web.Governance;

namespace Watchdog.Web.Api;

/// <summary><c>/api/match</c>: does a query match a text, and why (not)? The same explanation as <c>watchdog match</c>.</summary>
public static class MatchApi
{
    private const string CannotCheckTitle = "The query cannot be checked.";

    /// <summary>A long article is a few hundred KB of text; more than this is not an article.</summary>
    public const int MaxTextLength = 1_000_000;

    public static RouteGroupBuilder MapMatchApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/match").WithTags("Standing queries");
        api.MapPost("/", ExplainMatchAsync).WithName("ExplainMatch").WithSummary("Explain whether a query matches a text")
            .WithDescription("Give query and text (with an optional title and lang), or query and the url of an article already collected. "
                + "The answer says whether it matched, the passages with matched words in <mark>, and for each term the normalised forms it was compared as and the words it matched. "
                + "A query that cannot be parsed, or names an unknown watchlist, gives 400 with position (0-based), expected and found. "
                + "Limit: url only looks up collected articles; it does not fetch the page.");
        return api;
    }

    public static async Task<Results<Ok<MatchResponse>, ValidationProblem, ProblemHttpResult>> ExplainMatchAsync(
        MatchRequest request, IWatchStore watch, IArticleStore articles, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var query = request.Query ?? "";
        if (query.Trim().Length == 0) errors.Add("query", "The query is empty.");
        else if (query.Length > QueryTextValidation.MaxQueryLength) errors.Add("query", $"The query must be at most {QueryTextValidation.MaxQueryLength} characters.");
        var hasText = !string.IsNullOrWhiteSpace(request.Text) || !string.IsNullOrWhiteSpace(request.Title);
        if (!hasText && string.IsNullOrWhiteSpace(request.Url)) errors.Add("text", "Give the text to check, or the url of a collected article.");
        if (request.Text?.Length > MaxTextLength) errors.Add("text", $"The text must be at most {MaxTextLength:N0} characters.");
        Uri? url = null;
        if (!hasText && !string.IsNullOrWhiteSpace(request.Url) && !Uri.TryCreate(request.Url.Trim(), UriKind.Absolute, out url))
            errors.Add("url", $"'{request.Url}' is not an absolute URL.");
        var language = request.Lang?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(language) && (language.Length != 2 || !language.All(char.IsAsciiLetterLower)))
            errors.Add("lang", $"'{request.Lang}' is not an ISO 639-1 language code such as ru, kk or en.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary(), title: CannotCheckTitle);
        // The text itself is not kept: it may be a whole pasted article; its length says enough.
        await audit.RecordAsync(http, AuditActions.Match, url?.AbsoluteUri, new { query, lang = language, textLength = request.Text?.Length ?? 0 });

        Article? article = null;
        if (url is not null && (article = await articles.FindByCanonicalUrlAsync(url, ct)) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No collected article has this address.",
                detail: $"{url} has not been collected (or is not its canonical URL); send its text instead.");
        }

        var catalog = new WatchlistCatalog(await watch.ListWatchlistsAsync(ct));
        if (QueryTextValidation.Check(query, catalog) is { } queryError)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["query"] = [$"The query cannot be parsed: {queryError.Message}."] },
                title: CannotCheckTitle, extensions: QueryTextValidation.Extensions(queryError, query));
        }

        var explainer = MatchExplainer.Create(catalog);
        var explanation = article is null
            ? explainer.Explain(query, request.Title ?? "", request.Text ?? "", language)
            : explainer.Explain(query, article.Title, article.Text, string.IsNullOrEmpty(language) ? article.Language : language, DocumentMetadata.FromArticle(article));
        return TypedResults.Ok(MatchResponse.From(explanation, article?.Id));
    }
}
