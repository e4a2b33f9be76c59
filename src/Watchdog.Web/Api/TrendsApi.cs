using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Governance;
using Watchdog.Core.Localization;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Core.Watching;
using Watchdog.Application.Governance;
using Watchdog.Application.Reporting;
using Watchdog.Reports.Charts;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Api.Validation;
using Watchdog.Web.Governance;
using Watchdog.Web.Localization;

namespace Watchdog.Web.Api;

/// <summary><c>/api/trends</c>: a query's volume per day or hour, change on the period before, bursts, and the same as an SVG chart.</summary>
public static class TrendsApi
{
    private const string CannotCountTitle = "The trend cannot be counted.";

    /// <summary>The dashboard's panel width; the SVG scales to whatever the page gives it.</summary>
    public const int ChartWidth = 760;
    public const int ChartHeight = 270;

    private const string ParametersHelp =
        "q uses the query language of search; lang and source filter as in search. The period is from–to (ISO dates; a bare to date includes that day); "
        + "without it, the last 30 days up to now for bucket=day, the last 48 hours for bucket=hour, starting at a whole day or hour of the timeZone setting "
        + "(UTC by default; see GET /api/settings), as bare dates are days of that zone. "
        + "At most 1000 buckets. Bad dates, an unknown bucket or a query that cannot be parsed give 400 (a query error with position, expected and found).";

    public static RouteGroupBuilder MapTrendsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/trends").WithTags("Trends");
        api.MapGet("/", GetTrendAsync).WithName("GetTrend").WithSummary("Volume of a query over time, with bursts and change")
            .WithDescription("Counts every article matching q per bucket (days of the timeZone setting), compares the total with the period of the same length just before "
                + "(changeRatio = (total − previousTotal) ÷ previousTotal, null when the previous period had none; changeIsSignificant from a "
                + "conditional binomial test at p < 0.01), and finds bursts: runs of buckets far above the counts before them. "
                + "sources lists the 20 sources with most matches. tone (for the period, on each point and each source) counts the matches "
                + "tagged positive, negative and neutral at ingest and the untagged ones, with each tone's share of the tagged: tone in aggregate only. "
                + ParametersHelp);
        api.MapGet("/chart.svg", GetChartAsync).WithName("GetTrendChart").WithSummary("The volume of a query over time as an SVG chart")
            .WithDescription("The same counts as GET /api/trends drawn as bars, with bursts as shaded bands; labels in locale (en, ru, kk), else "
                + "the request's Accept-Language, else the language setting. " + ParametersHelp)
            .Produces(StatusCodes.Status200OK, contentType: "image/svg+xml");
        return api;
    }

    public static async Task<Results<Ok<TrendResponse>, ValidationProblem>> GetTrendAsync(
        [AsParameters] TrendParameters parameters, ISearchIndex index, ISourceStore sources, IWatchStore watch, AuditTrail audit,
        TimeProvider clock, UiLocale defaults, HttpContext http, CancellationToken ct)
    {
        var (trend, problem) = await RunAsync("trends", parameters, index, watch, audit, clock, defaults.TimeZone, http, ct);
        if (problem is not null) return problem;
        var (query, report) = trend!.Value;
        return TypedResults.Ok(TrendResponse.Of(report, query.Search.Query, TrendRequestValidation.Name(query.Bucket), await SourceNames.LoadAsync(sources, ct)));
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem>> GetChartAsync(
        [AsParameters] TrendParameters parameters, ISearchIndex index, IWatchStore watch, AuditTrail audit, TimeProvider clock, UiLocale defaults,
        HttpContext http, CancellationToken ct)
    {
        var (locale, localeError) = RequestLocale.Resolve(parameters.Locale, http.Request, defaults);
        if (localeError is not null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["locale"] = [localeError] }, title: CannotCountTitle);
        var (trend, problem) = await RunAsync("chart", parameters, index, watch, audit, clock, locale.TimeZone, http, ct);
        if (problem is not null) return problem;
        var (query, report) = trend!.Value;
        var svg = VolumeChart.RenderSvg(ReportBuilder.ChartOf(report, new ReportQuery("", query.Search.Query), locale), ChartWidth, ChartHeight);
        return TypedResults.Content(svg, "image/svg+xml; charset=utf-8");
    }

    private static async Task<((TrendQuery Query, TrendReport Report)? Trend, ValidationProblem? Problem)> RunAsync(
        string view, TrendParameters parameters, ISearchIndex index, IWatchStore watch, AuditTrail audit, TimeProvider clock, TimeZoneInfo zone,
        HttpContext http, CancellationToken ct)
    {
        var (validated, queryError) = await TrendRequestValidation.ValidateAsync(parameters, watch, clock.GetUtcNow(), ct, zone);
        if (!validated.IsValid) return (null, SearchRequestValidation.Problem(validated.Errors, queryError, parameters.Q, CannotCountTitle));
        var query = validated.Value!;
        await audit.RecordAsync(http, AuditActions.Search, null, ReportingAuditDetails.Of(view, query.Search, new { bucket = TrendRequestValidation.Name(query.Bucket) }));
        try
        {
            return ((query, await TrendAnalysis.RunAsync(index, query.Search, query.Bucket, ct)), null);
        }
        catch (InvalidQueryException e)
        {
            return (null, SearchRequestValidation.Problem(e, query.Search.Query, CannotCountTitle));
        }
    }
}
