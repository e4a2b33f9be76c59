using System.Globalization;
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
using Watchdog.Reports.Exports;
using Watchdog.Web.Api.Validation;
using Watchdog.Web.Governance;

namespace Watchdog.Web.Api;

/// <summary><c>/api/export</c>: every article matching a search, as a CSV, JSON or NDJSON file written as it is read.</summary>
public static class ExportApi
{
    private const string CannotExportTitle = "The export cannot be made.";

    public static RouteGroupBuilder MapExportApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/export").WithTags("Export and reports");
        api.MapGet("/", ExportAsync).WithName("ExportArticles").WithSummary("Download every article matching a search")
            .WithDescription("q, lang, source, from and to as in search; every match, newest first, as an attachment named watchdog-export-YYYY-MM-DD.csv (or .json, .ndjson). "
                + $"Columns: id, url, title, source, language, published_at, fetched_at, authors, tags, snippet (the first {ExportRows.SnippetChars} characters of the text). "
                + "CSV is UTF-8 with a byte-order mark (Excel reads Cyrillic right); a cell starting with = + - @ gets a leading ' so a spreadsheet never runs it as a formula. "
                + "The file is streamed: a bad format or query gives 400 before any of it is sent.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson");
        return api;
    }

    public static async Task<Results<PushStreamHttpResult, ValidationProblem>> ExportAsync(
        [AsParameters] ExportParameters parameters, ISearchIndex index, IArticleStore articles, ISourceStore sources, IWatchStore watch,
        AuditTrail audit, TimeProvider clock, UiLocale locale, HttpContext http, CancellationToken ct)
    {
        var (validated, queryError) = await ExportRequestValidation.ValidateAsync(parameters, watch, ct, locale.TimeZone);
        if (!validated.IsValid) return SearchRequestValidation.Problem(validated.Errors, queryError, parameters.Q, CannotExportTitle);
        var (search, format) = validated.Value!;

        IAsyncEnumerable<ExportRow> rows;
        try
        {
            // Runs the search now, so a query the index refuses is still a 400 rather than a cut-off file.
            rows = await ExportRows.ForAsync(index, articles, sources, search, ct);
        }
        catch (InvalidQueryException e)
        {
            return SearchRequestValidation.Problem(e, search.Query, CannotExportTitle);
        }
        await audit.RecordAsync(http, AuditActions.Export, null, ReportingAuditDetails.Of("export", search, new { format = format.ToString().ToLowerInvariant() }));
        var fileName = string.Create(CultureInfo.InvariantCulture, $"watchdog-export-{clock.GetUtcNow():yyyy-MM-dd}{ExportFormats.FileExtension(format)}");
        return TypedResults.Stream(output => ExportFormats.WriteAsync(format, rows, output, ct), ExportFormats.ContentType(format), fileName);
    }
}
