using Watchdog.Core.Search;
using Watchdog.Core.Watching;
using Watchdog.Query;

namespace Watchdog.Web.Api.Validation;

/// <summary>The query-string parameters of <c>GET /api/stories</c>.</summary>
/// <param name="Days">How many days back from now to look (1–365, default 30).</param>
/// <param name="Limit">Most stories returned (1–100, default 20).</param>
public sealed record StoryParameters(string? Q, string? Lang, long? Source, int? Days, int? Limit);

/// <summary>A validated stories request: the search over the last days, and how many stories to return.</summary>
public sealed record StoryQuery(SearchRequest Search, int Days, int Limit);

public static class StoryRequestValidation
{
    /// <summary>A month, as trends and entities: stories are stored at ingest, so a longer period costs a lookup, not a clustering run.</summary>
    public const int DefaultDays = 30;
    public const int MaxDays = 365;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static async Task<(Validated<StoryQuery> Result, QueryParseException? QueryError)> ValidateAsync(
        StoryParameters p, IWatchStore watch, DateTimeOffset now, CancellationToken ct)
    {
        var (search, queryError) = await SearchRequestValidation.ValidateAsync(
            new SearchParameters(p.Q, p.Lang, p.Source, From: null, To: null, Order: null, Page: null, PageSize: null), watch, ct);
        var errors = search.Errors;
        var days = p.Days ?? DefaultDays;
        if (days is < 1 or > MaxDays) errors.Add("days", $"days must be between 1 and {MaxDays}.");
        var limit = p.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit) errors.Add("limit", $"limit must be between 1 and {MaxLimit}.");
        if (!search.IsValid || errors.Any) return (new Validated<StoryQuery>(null, errors), queryError);
        return (new Validated<StoryQuery>(new StoryQuery(search.Value! with { From = now.AddDays(-days), To = now }, days, limit), errors), null);
    }
}
