using Watchdog.Core.Articles;
using System.Net;
using System.Text.Json;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;
using static Watchdog.EndToEnd.Tests.Web.Reporting.ReportingApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Reporting;

public sealed class TrendsApiTests(ReportingWebAppFixture app) : IClassFixture<ReportingWebAppFixture>
{
    [Fact]
    public async Task Without_dates_the_last_30_days_are_counted_by_day_up_to_now()
    {
        var trend = await GetJsonAsync(app.Client, $"/api/trends?q={ReportingWebAppFixture.Topic}");
        var points = Items(trend, "points");

        Assert.Equal("day", trend.GetProperty("bucket").GetString());
        Assert.Equal(30, points.Count);
        Assert.Equal(TimeSpan.Zero, points[0].GetProperty("start").GetDateTimeOffset().TimeOfDay);
        Assert.True(points[^1].GetProperty("start").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Totals_count_every_match_in_the_period_and_in_the_period_before()
    {
        var trend = await GetJsonAsync(app.Client, $"/api/trends?q={ReportingWebAppFixture.Topic}");
        var from = trend.GetProperty("from").GetDateTimeOffset();
        var to = trend.GetProperty("to").GetDateTimeOffset();
        var length = to - from;

        var total = trend.GetProperty("total").GetInt64();
        var previous = trend.GetProperty("previousTotal").GetInt64();
        Assert.Equal(PublishedIn(from, to), total);
        Assert.Equal(PublishedIn(from - length, from), previous);
        Assert.Equal(total, Items(trend, "points").Sum(p => p.GetProperty("count").GetInt64()));
        Assert.Equal((double)(total - previous) / previous, trend.GetProperty("changeRatio").GetDouble(), 6);
    }

    [Fact]
    public async Task The_day_of_the_flood_is_a_burst()
    {
        var trend = await GetJsonAsync(app.Client, $"/api/trends?q={ReportingWebAppFixture.Topic}");
        var yesterday = new DateTimeOffset(app.SeededAt.UtcDateTime.Date, TimeSpan.Zero).AddDays(-1);

        var burst = Assert.Single(Items(trend, "bursts"));
        Assert.Equal(yesterday, burst.GetProperty("start").GetDateTimeOffset());
        Assert.Equal(ReportingWebAppFixture.EventArticles, burst.GetProperty("count").GetInt64());
        Assert.True(burst.GetProperty("expected").GetDouble() < 2);
        Assert.True(burst.GetProperty("score").GetDouble() >= 3);
    }

    [Fact]
    public async Task Sources_and_languages_are_counted_by_name_and_code()
    {
        var trend = await GetJsonAsync(app.Client, $"/api/trends?q={ReportingWebAppFixture.Topic}");

        var source = Assert.Single(Items(trend, "sources"));
        Assert.Equal((app.Desk.Id, "Irtysh Desk"), (source.GetProperty("id").GetInt64(), source.GetProperty("name").GetString()));
        var language = Assert.Single(Items(trend, "languages"));
        Assert.Equal(("en", trend.GetProperty("total").GetInt64()), (language.GetProperty("code").GetString(), language.GetProperty("count").GetInt64()));
    }

    [Fact]
    public async Task Tone_is_counted_in_aggregate_over_the_period_per_day_and_per_source()
    {
        var trend = await GetJsonAsync(app.Client, $"/api/trends?q={ReportingWebAppFixture.Topic}");
        var from = trend.GetProperty("from").GetDateTimeOffset();
        var to = trend.GetProperty("to").GetDateTimeOffset();
        var inPeriod = app.TopicArticles.Where(a => a.PublishedAt >= from && a.PublishedAt < to).ToList();

        var tone = trend.GetProperty("tone");
        Assert.Equal(ToneCounts.Of(inPeriod.Select(a => a.Tone)), ToneOf(tone));
        Assert.True(ToneOf(tone).Tagged > 0, "the seeded English articles are tagged at ingest");
        foreach (var point in Items(trend, "points"))
        {
            var start = point.GetProperty("start").GetDateTimeOffset();
            var expected = ToneCounts.Of(inPeriod.Where(a => a.PublishedAt >= start && a.PublishedAt < start.AddDays(1)).Select(a => a.Tone));
            Assert.Equal(expected, ToneOf(point.GetProperty("tone")));
        }
        Assert.Equal(ToneOf(tone), ToneOf(Assert.Single(Items(trend, "sources")).GetProperty("tone")));
        var share = tone.GetProperty("negativeShare");
        Assert.Equal(Math.Round((double)ToneOf(tone).Negative / ToneOf(tone).Tagged, 4), share.GetDouble(), 6);
    }

    private static ToneCounts ToneOf(JsonElement tone) => new(
        tone.GetProperty("positive").GetInt64(), tone.GetProperty("negative").GetInt64(), tone.GetProperty("neutral").GetInt64(), tone.GetProperty("untagged").GetInt64());

    [Fact]
    public async Task Hour_buckets_default_to_the_last_48_hours()
    {
        var trend = await GetJsonAsync(app.Client, $"/api/trends?q={ReportingWebAppFixture.Topic}&bucket=hour");

        Assert.Equal("hour", trend.GetProperty("bucket").GetString());
        Assert.Equal(48, Items(trend, "points").Count);
    }

    [Fact]
    public async Task An_explicit_range_counts_the_sample_corpus_of_those_days()
    {
        var trend = await GetJsonAsync(app.Client, "/api/trends?q=Almaty&from=2026-11-15&to=2026-11-25");

        Assert.Equal(11, Items(trend, "points").Count);
        Assert.True(trend.GetProperty("total").GetInt64() > 2);
    }

    [Theory]
    [InlineData("q=flood&bucket=week", "bucket")]
    [InlineData("q=flood&from=2020-01-01&to=2026-01-01&bucket=hour", "bucket")]
    [InlineData("q=flood&from=yesterday", "from")]
    [InlineData("q=flood&from=2026-11-22&to=2026-11-20", "to")]
    [InlineData("q=flood&lang=english", "lang")]
    public async Task Bad_parameters_give_400_naming_the_parameter(string query, string field)
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync($"/api/trends?{query}"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(FieldErrors(problem, field));
    }

    [Fact]
    public async Task A_query_that_cannot_be_parsed_gives_400_with_the_position()
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync($"/api/trends?q={Escaped("(flood AND")}"), HttpStatusCode.BadRequest);

        Assert.Equal(JsonValueKind.Number, problem.GetProperty("position").ValueKind);
    }

    [Fact]
    public async Task The_chart_is_an_svg_image()
    {
        var response = await app.Client.GetAsync($"/api/trends/chart.svg?q={ReportingWebAppFixture.Topic}");
        var svg = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains(ReportingWebAppFixture.Topic, svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chart_refuses_bad_parameters_as_a_problem_not_an_image()
    {
        await IsProblemAsync(await app.Client.GetAsync("/api/trends/chart.svg?q=flood&bucket=minute"), HttpStatusCode.BadRequest);
    }

    private long PublishedIn(DateTimeOffset from, DateTimeOffset to) =>
        app.TopicArticles.Count(a => a.PublishedAt >= from && a.PublishedAt < to);
}
