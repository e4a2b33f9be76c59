using Watchdog.Core.Search;
using Watchdog.Core.Time;
using Watchdog.Core.Watching;
using Watchdog.Query;

namespace Watchdog.Web.Api.Validation;

/// <summary>The query-string parameters of <c>GET /api/trends</c> (and its chart): a search's filters, a period and a bucket size.</summary>
/// <param name="Bucket">day (default) or hour.</param>
/// <param name="Locale">The language of the chart's labels (chart.svg only): en, ru or kk; else Accept-Language, else the language setting.</param>
public sealed record TrendParameters(string? Q, string? Lang, long? Source, string? From, string? To, string? Bucket, string? Locale = null)
{
    public SearchParameters ToSearch() => new(Q, Lang, Source, From, To, Order: null, Page: null, PageSize: null);
}

/// <summary>A validated trend request: the search (with From and To always set, To inclusive) and the bucket to count in.</summary>
public sealed record TrendQuery(SearchRequest Search, TimeSpan Bucket)
{
    public DateTimeOffset From => Search.From!.Value;

    public DateTimeOffset To => Search.To!.Value;
}

public static class TrendRequestValidation
{
    /// <summary>A month of days shows a story's rise and fall and gives the burst baseline (two weeks) room.</summary>
    public const int DefaultDays = 30;

    /// <summary>Two days of hours: today against yesterday, what a desk on a breaking story looks at.</summary>
    public const int DefaultHours = 48;

    /// <summary>
    /// Validates the search part with <see cref="SearchRequestValidation"/>, then the bucket and the period. Without
    /// dates the period is the last <see cref="DefaultDays"/> days (or <see cref="DefaultHours"/> hours) up to now,
    /// starting at a whole day (hour) so buckets are calendar days (clock hours) of the time zone. With only one end given, the
    /// other is set so the period has that default length.
    /// </summary>
    /// <param name="zone">Where days start (the <c>timeZone</c> setting); UTC when null.</param>
    public static async Task<(Validated<TrendQuery> Result, QueryParseException? QueryError)> ValidateAsync(
        TrendParameters p, IWatchStore watch, DateTimeOffset now, CancellationToken ct, TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.Utc;
        var (search, queryError) = await SearchRequestValidation.ValidateAsync(p.ToSearch(), watch, ct, zone);
        var errors = search.Errors;
        var bucket = ParseBucket(p.Bucket, errors);
        if (!search.IsValid || bucket is not { } size) return (new Validated<TrendQuery>(null, errors), queryError);

        var request = search.Value!;
        var (from, to) = (request.From, request.To) switch
        {
            ({ } f, { } t) => (f, t),
            ({ } f, null) => (f, now),
            (null, { } t) => (t - DefaultLength(size), t),
            (null, null) => (DayBuckets.Floor(now, size, zone) - DefaultLength(size) + size, now),
        };
        if (to < from) errors.Add("to", "'to' is before 'from'.");
        else if ((to - from).Ticks / size.Ticks + 1 > SearchBreakdown.MaxBuckets)
            errors.Add("bucket", $"The period {from:yyyy-MM-dd HH:mm} – {to:yyyy-MM-dd HH:mm} has more than {SearchBreakdown.MaxBuckets} {Name(size)}s; use a shorter period or bucket=day.");
        return errors.Any
            ? (new Validated<TrendQuery>(null, errors), null)
            : (new Validated<TrendQuery>(new TrendQuery(request with { From = from, To = to }, size), errors), null);
    }

    /// <summary>"day" or "hour" as the API and reports name them.</summary>
    public static string Name(TimeSpan bucket) => bucket < TimeSpan.FromDays(1) ? "hour" : "day";

    private static TimeSpan? ParseBucket(string? text, ValidationErrors errors)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "day": return TimeSpan.FromDays(1);
            case "hour": return TimeSpan.FromHours(1);
            default:
                errors.Add("bucket", $"'{text}' is not a bucket; use day or hour.");
                return null;
        }
    }

    private static TimeSpan DefaultLength(TimeSpan bucket) => bucket < TimeSpan.FromDays(1) ? TimeSpan.FromHours(DefaultHours) : TimeSpan.FromDays(DefaultDays);
}
