using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Watchdog.Core.Search;
using Watchdog.Core.Time;
using Watchdog.Core.Watching;
using Watchdog.Query;
using Watchdog.Query.Watchlists;

namespace Watchdog.Web.Api.Validation;

/// <summary>
/// The parameters of a search, as typed: the query string of <c>GET /api/search</c> or the JSON body of <c>POST /api/search</c>
/// (same names); validated into a <see cref="SearchRequest"/>.
/// </summary>
/// <param name="Q">A query in the query language of standing queries; empty lists every article that passes the filters.</param>
public sealed record SearchParameters(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "lang")] string? Lang,
    [FromQuery(Name = "source")] long? Source,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "order")] string? Order,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "pageSize")] int? PageSize);

public static class SearchRequestValidation
{
    public const int DefaultPageSize = 20;

    /// <summary>Large pages make highlighting slow and the dashboard unreadable.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Deep paging past this is better done with a narrower query or a date range.</summary>
    public const int MaxPage = 1000;

    /// <summary>
    /// Room for a long pasted list of names (e.g. an OR of a few hundred people); past the URL limit of a GET, so long
    /// queries come by POST.
    /// </summary>
    public const int MaxQueryLength = 10_000;

    /// <summary>Validates with the watchlists the query may name; only a query that may name one costs a read of them.</summary>
    /// <param name="zone">Where a bare date's day starts (the <c>timeZone</c> setting); UTC when null.</param>
    public static async Task<(Validated<SearchRequest> Result, QueryParseException? QueryError)> ValidateAsync(
        SearchParameters p, IWatchStore watch, CancellationToken ct, TimeZoneInfo? zone = null) =>
        Validate(p, p.Q?.Contains('@', StringComparison.Ordinal) == true ? new WatchlistCatalog(await watch.ListWatchlistsAsync(ct)) : WatchlistCatalog.Empty, zone);

    /// <summary>The 400 answer for a request that did not validate; a query error also gives its position, expected and found.</summary>
    public static ValidationProblem Problem(ValidationErrors errors, QueryParseException? queryError, string? query, string title) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: title,
            extensions: queryError is null ? null : QueryTextValidation.Extensions(queryError, query ?? ""));

    /// <summary>
    /// The 400 answer for a query the index refused although it validated: possible when a watchlist it names is removed in between.
    /// </summary>
    public static ValidationProblem Problem(InvalidQueryException error, string query, string title) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [$"The query cannot be parsed: {error.Message}."] },
            title: title, extensions: new Dictionary<string, object?> { ["position"] = error.Position, ["query"] = query });

    /// <param name="watchlists">What <c>@name</c> in the query resolves against, as search will expand it.</param>
    /// <returns>The request, or the problems by parameter; a query that cannot be parsed also gives its error (position, what was expected).</returns>
    /// <param name="zone">Where a bare date's day starts; UTC when null.</param>
    public static (Validated<SearchRequest> Result, QueryParseException? QueryError) Validate(SearchParameters p, WatchlistCatalog watchlists, TimeZoneInfo? zone = null)
    {
        var errors = new ValidationErrors();
        // Kept as sent, so that an error position points into the text the caller has.
        var query = p.Q ?? "";
        QueryParseException? queryError = null;
        if (query.Length > MaxQueryLength) errors.Add("q", $"The query must be at most {MaxQueryLength} characters; it has {query.Length}.");
        else if (query.Trim().Length > 0 && (queryError = QueryTextValidation.Check(query, watchlists)) is not null)
            errors.Add("q", $"The query cannot be parsed: {queryError.Message}.");

        var language = p.Lang?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(language)) language = null;
        else if (language is not "und" && (language.Length != 2 || !language.All(char.IsAsciiLetterLower)))
            errors.Add("lang", $"'{p.Lang}' is not an ISO 639-1 language code such as ru, kk or en.");

        var from = ParseDate(p.From, "from", errors, endOfDay: false, zone ?? TimeZoneInfo.Utc);
        var to = ParseDate(p.To, "to", errors, endOfDay: true, zone ?? TimeZoneInfo.Utc);
        if (from is not null && to is not null && from > to) errors.Add("to", "'to' is before 'from'.");

        var order = SearchOrder.Relevance;
        if (!string.IsNullOrWhiteSpace(p.Order) && (!Enum.TryParse(p.Order, ignoreCase: true, out order) || !Enum.IsDefined(order)))
            errors.Add("order", $"'{p.Order}' is not an order; use relevance or newest.");

        var page = p.Page ?? 1;
        if (page < 1 || page > MaxPage) errors.Add("page", $"The page must be between 1 and {MaxPage}.");
        var pageSize = p.PageSize ?? DefaultPageSize;
        if (pageSize < 1 || pageSize > MaxPageSize) errors.Add("pageSize", $"The page size must be between 1 and {MaxPageSize}.");
        if (p.Source is < 1) errors.Add("source", "The source id must be positive.");

        if (errors.Any) return (new Validated<SearchRequest>(null, errors), queryError);
        return (new Validated<SearchRequest>(new SearchRequest
        {
            Query = query,
            Language = language,
            SourceId = p.Source,
            From = from,
            To = to,
            Order = order,
            Page = page,
            PageSize = pageSize,
        }, errors), null);
    }

    /// <summary>
    /// Accepts a full ISO 8601 timestamp (UTC when it names no offset) or a bare date, a day of the configured time
    /// zone; a bare <c>to</c> date includes that whole day, so from=2026-11-20&amp;to=2026-11-20 means "on the 20th".
    /// </summary>
    private static DateTimeOffset? ParseDate(string? text, string field, ValidationErrors errors, bool endOfDay, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return endOfDay ? DayBuckets.StartOf(day.AddDays(1), zone).AddTicks(-1) : DayBuckets.StartOf(day, zone);
        }
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)) return date;
        errors.Add(field, $"'{text}' is not a date; write e.g. 2026-11-20 or 2026-11-20T08:00:00Z.");
        return null;
    }
}
