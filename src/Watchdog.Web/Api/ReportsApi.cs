using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Governance;
using Watchdog.Core.Localization;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Core.Stories;
using Watchdog.Core.Watching;
using Watchdog.Application.Governance;
using Watchdog.Application.Reporting;
using Watchdog.Reports.Documents;
using Watchdog.Web.Api.Validation;
using Watchdog.Web.Governance;
using Watchdog.Web.Localization;
using Watchdog.Web.Reporting;

namespace Watchdog.Web.Api;

/// <summary><c>/api/reports</c>: a report on one or more queries over a period, as a self-contained HTML page or a PDF.</summary>
public static class ReportsApi
{
    private const string CannotReportTitle = "The report cannot be made.";

    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/reports").WithTags("Export and reports");
        api.MapGet("/", GetReportAsync).WithName("GetReport").WithSummary("A report on queries over a period, as HTML or PDF")
            .WithDescription($"One section per q (repeat q, at most {ReportRequestValidation.MaxSections}), headed by the query: total and change on the period before, "
                + "a volume chart with bursts, top sources, languages, top stories and the most relevant articles. title names the report. "
                + "from, to, bucket, lang and source as in GET /api/trends (default: the last 30 days by day). locale (en, ru, kk) is the language the report "
                + "is written in, else the request's Accept-Language, else the language setting; dates are in the timeZone setting's zone. format=html (default) gives one self-contained page "
                + "that loads nothing; format=pdf prints it with headless Chromium, one report at a time, and gives 503 when Chromium is not installed "
                + $"(apt-get install -y {PdfRendererUnavailableException.AptPackage}).")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        return api;
    }

    public static async Task<Results<ContentHttpResult, FileStreamHttpResult, ValidationProblem, ProblemHttpResult>> GetReportAsync(
        [AsParameters] ReportParameters parameters, ISearchIndex index, IArticleStore articles, ISourceStore sources, IStoryStore stories, IWatchStore watch,
        PdfPrintQueue printer, AuditTrail audit, TimeProvider clock, UiLocale defaults, HttpContext http, CancellationToken ct)
    {
        var (locale, localeError) = RequestLocale.Resolve(parameters.Locale, http.Request, defaults);
        var (validated, queryError, failedQuery) = await ReportRequestValidation.ValidateAsync(parameters, watch, clock.GetUtcNow(), locale, localeError, ct);
        if (!validated.IsValid) return SearchRequestValidation.Problem(validated.Errors, queryError, failedQuery, CannotReportTitle);
        var (request, format) = validated.Value!;
        await audit.RecordAsync(http, AuditActions.Report, request.Title, new
        {
            queries = request.Queries.Select(q => q.Query).ToList(), from = request.From, to = request.To, bucket = TrendRequestValidation.Name(request.Bucket),
            lang = request.Language, source = request.SourceId, format = format.ToString().ToLowerInvariant(), locale = request.Locale.Language.Code(),
        });

        ReportDocument document;
        try
        {
            document = await new ReportBuilder(index, articles, sources, stories, clock).BuildAsync(request, ct);
        }
        catch (InvalidQueryException e)
        {
            return SearchRequestValidation.Problem(e, string.Join(" | ", request.Queries.Select(q => q.Query)), CannotReportTitle);
        }
        var html = HtmlReportRenderer.Render(document);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"watchdog-report-{clock.GetUtcNow():yyyy-MM-dd}");
        if (format == ReportFormat.Html)
        {
            http.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}.html\"";
            return TypedResults.Content(html, "text/html; charset=utf-8");
        }
        return await PdfAsync(html, $"{fileName}.pdf", printer, ct);
    }

    /// <summary>Prints to a temp file that is deleted when the response has been sent (or when printing fails).</summary>
    private static async Task<Results<ContentHttpResult, FileStreamHttpResult, ValidationProblem, ProblemHttpResult>> PdfAsync(
        string html, string fileName, PdfPrintQueue printer, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"watchdog-report-{Guid.NewGuid():N}.pdf");
        try
        {
            await printer.PrintAsync(html, path, ct);
        }
        catch (PdfRendererUnavailableException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF reports are not available on this server.", detail: e.Message);
        }
        catch (PdfRenderingException e)
        {
            File.Delete(path);
            return TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "The PDF could not be printed.",
                detail: $"{e.Message} The HTML report (format=html) does not need Chromium.");
        }
#pragma warning disable CA2000 // the file result owns the stream and disposes it (deleting the file) once it is sent
        var pdf = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
#pragma warning restore CA2000
        return TypedResults.File(pdf, "application/pdf", fileName);
    }
}
