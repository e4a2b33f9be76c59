using System.CommandLine;
using System.Globalization;
using Watchdog.Core.Search;
using Watchdog.Application.Reporting;
using Watchdog.Core.Time;

namespace Watchdog.Cli.CommandLine;

/// <summary>The filters every command over stored articles takes (language, source, date range), read into a <see cref="SearchRequest"/>.</summary>
public sealed class SearchFilterOptions
{
    public const string QueryHelp =
        "A query in the query language of standing queries: words, AND/OR/NOT, \"a phrase\"~n, prefix*, title:/text:/source:/tag:/lang:, published:>=DATE, @watchlist";

    public Option<string?> Language { get; } = new("--lang") { Description = "Only articles in this language (ISO 639-1, e.g. ru, kk, en)" };
    public Option<long?> Source { get; } = new("--source") { Description = "Only articles from this source id" };
    public Option<string?> From { get; } = new("--from") { Description = "Published on or after this date (YYYY-MM-DD or ISO 8601)" };
    public Option<string?> To { get; } = new("--to") { Description = "Published on or before this date (a bare date includes that day)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Language);
        command.Options.Add(Source);
        command.Options.Add(From);
        command.Options.Add(To);
    }

    /// <param name="zone">Where a bare date's day starts (the <c>timeZone</c> setting); UTC when null.</param>
    public SearchRequest Read(ParseResult parse, string query, TimeZoneInfo? zone = null) => new()
    {
        Query = query,
        Language = parse.GetValue(Language),
        SourceId = parse.GetValue(Source),
        From = ParseDate(parse.GetValue(From), From.Name, zone: zone),
        To = ParseDate(parse.GetValue(To), To.Name, endOfDay: true, zone),
    };

    /// <summary>Fills a missing date range with whole days (or hours) of <paramref name="zone"/> up to the current one (see <see cref="TrendPeriod"/>).</summary>
    public static SearchRequest WithDefaultPeriod(SearchRequest request, TimeSpan bucket, TimeProvider clock, TimeZoneInfo? zone = null)
    {
        var (from, to) = TrendPeriod.Fill(request.From, request.To, bucket, clock.GetUtcNow(), zone);
        if (from > to) throw new UsageException("--from is after --to.");
        return request with { From = from, To = to };
    }

    public static DateTimeOffset? ParseDate(string? text, string option, bool endOfDay = false, TimeZoneInfo? zone = null)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            zone ??= TimeZoneInfo.Utc;
            return endOfDay ? DayBuckets.StartOf(day.AddDays(1), zone).AddTicks(-1) : DayBuckets.StartOf(day, zone);
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return at;
        throw new UsageException($"{option} '{text}' is not a date; write YYYY-MM-DD or an ISO 8601 time.");
    }

    /// <summary>Runs a search-index call, turning an unparseable query into a usage error that points at the problem.</summary>
    public static async Task<T> OrUsageErrorAsync<T>(string query, Func<Task<T>> search)
    {
        try
        {
            return await search();
        }
        catch (InvalidQueryException e)
        {
            throw new UsageException(e.Position < 0 ? $"invalid query: {e.Message}" : Commands.MatchCommand.DescribeInvalid(query, e.Message, e.Position));
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
