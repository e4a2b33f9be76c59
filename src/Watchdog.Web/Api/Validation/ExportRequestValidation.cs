using Watchdog.Core.Search;
using Watchdog.Core.Watching;
using Watchdog.Reports.Exports;
using Watchdog.Query;

namespace Watchdog.Web.Api.Validation;

/// <summary>The query-string parameters of <c>GET /api/export</c>: a search's filters and the file format.</summary>
/// <param name="Format">csv (default), json or ndjson.</param>
public sealed record ExportParameters(string? Q, string? Lang, long? Source, string? From, string? To, string? Format);

/// <summary>A validated export: every match of the search, in the format.</summary>
public sealed record ExportQuery(SearchRequest Search, ExportFormat Format);

public static class ExportRequestValidation
{
    public static async Task<(Validated<ExportQuery> Result, QueryParseException? QueryError)> ValidateAsync(
        ExportParameters p, IWatchStore watch, CancellationToken ct, TimeZoneInfo? zone = null)
    {
        var (search, queryError) = await SearchRequestValidation.ValidateAsync(
            new SearchParameters(p.Q, p.Lang, p.Source, p.From, p.To, Order: null, Page: null, PageSize: null), watch, ct, zone);
        var errors = search.Errors;
        var format = ExportFormat.Csv;
        if (!string.IsNullOrWhiteSpace(p.Format) && !ExportFormats.TryParse(p.Format, out format))
            errors.Add("format", $"'{p.Format}' is not an export format; use csv, json or ndjson.");
        return search.IsValid && !errors.Any
            ? (new Validated<ExportQuery>(new ExportQuery(search.Value!, format), errors), null)
            : (new Validated<ExportQuery>(null, errors), queryError);
    }
}
