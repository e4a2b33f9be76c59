using Watchdog.Core.Localization;
using Watchdog.Core.Watching;
using Watchdog.Application.Reporting;
using Watchdog.Query;
using Watchdog.Reports.Documents;

namespace Watchdog.Web.Api.Validation;

/// <summary>The query-string parameters of <c>GET /api/reports</c>.</summary>
/// <param name="Q">One query per section; repeat q for several.</param>
/// <param name="Format">html (default) or pdf.</param>
/// <param name="Title">The report's title; "Watchdog report" (in the report's language) when not given.</param>
/// <param name="Locale">The language the report is written in: en, ru or kk (lang filters the articles' language instead).</param>
public sealed record ReportParameters(string[]? Q, string? Lang, long? Source, string? From, string? To, string? Bucket, string? Format, string? Title, string? Locale = null);

/// <summary>How a report is delivered.</summary>
public enum ReportFormat { Html, Pdf }

/// <summary>A validated report request, ready for <see cref="ReportBuilder"/>.</summary>
public sealed record ReportQueryPlan(ReportRequest Request, ReportFormat Format);

public static class ReportRequestValidation
{
    /// <summary>Each section costs a trend, a clustering and a search; a report of more is better split.</summary>
    public const int MaxSections = 10;

    public const int MaxTitleLength = 200;

    /// <summary>
    /// The period, bucket and filters as for trends (<see cref="TrendRequestValidation"/>); then each q as a query of
    /// its own (errors name it by number, the first unparsable one gives its position). The report is written in
    /// <paramref name="locale"/> (see <see cref="Localization.RequestLocale"/>), its days cut in that locale's time zone.
    /// </summary>
    /// <param name="localeError">Why the request's locale parameter was refused, if it was.</param>
    public static async Task<(Validated<ReportQueryPlan> Result, QueryParseException? QueryError, string? FailedQuery)> ValidateAsync(
        ReportParameters p, IWatchStore watch, DateTimeOffset now, UiLocale locale, string? localeError, CancellationToken ct)
    {
        var (period, _) = await TrendRequestValidation.ValidateAsync(new TrendParameters(null, p.Lang, p.Source, p.From, p.To, p.Bucket), watch, now, ct, locale.TimeZone);
        var errors = period.Errors;
        if (localeError is not null) errors.Add("locale", localeError);
        var queries = (p.Q ?? []).Where(q => !string.IsNullOrWhiteSpace(q)).ToList();
        if (queries.Count == 0) errors.Add("q", "Give at least one query (q=…); repeat q for more sections.");
        if (queries.Count > MaxSections) errors.Add("q", $"A report has at most {MaxSections} sections (q parameters).");

        (QueryParseException Error, string Query)? firstQueryError = null;
        for (var i = 0; i < Math.Min(queries.Count, MaxSections); i++)
        {
            var (search, queryError) = await SearchRequestValidation.ValidateAsync(
                new SearchParameters(queries[i], null, null, null, null, null, null, null), watch, ct);
            foreach (var message in search.Errors.ToDictionary().Values.SelectMany(m => m))
                errors.Add("q", queries.Count == 1 ? message : $"Query {i + 1} ('{queries[i]}'): {message}");
            if (queryError is not null) firstQueryError ??= (queryError, queries[i]);
        }

        var format = ReportFormat.Html;
        if (!string.IsNullOrWhiteSpace(p.Format) && !TryParseFormat(p.Format, out format))
            errors.Add("format", $"'{p.Format}' is not a report format; use html or pdf.");
        var title = string.IsNullOrWhiteSpace(p.Title) ? new ReportFormatting(locale).Text("report.defaultTitle") : p.Title.Trim();
        if (title.Length > MaxTitleLength) errors.Add("title", $"The title must be at most {MaxTitleLength} characters.");

        if (errors.Any || !period.IsValid) return (new Validated<ReportQueryPlan>(null, errors), firstQueryError?.Error, firstQueryError?.Query);
        var trend = period.Value!;
        var request = new ReportRequest(title, [.. queries.Select(q => new ReportQuery("", q))], trend.From, trend.To.AddTicks(1), trend.Bucket)
        {
            Language = trend.Search.Language,
            SourceId = trend.Search.SourceId,
            Locale = locale,
        };
        return (new Validated<ReportQueryPlan>(new ReportQueryPlan(request, format), errors), null, null);
    }

    private static bool TryParseFormat(string text, out ReportFormat format)
    {
        (var known, format) = text.Trim().ToLowerInvariant() switch
        {
            "html" => (true, ReportFormat.Html),
            "pdf" => (true, ReportFormat.Pdf),
            _ => (false, ReportFormat.Html),
        };
        return known;
    }
}
