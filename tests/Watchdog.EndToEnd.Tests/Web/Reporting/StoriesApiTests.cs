using System.Net;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;
using static Watchdog.EndToEnd.Tests.Web.Reporting.ReportingApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Reporting;

public sealed class StoriesApiTests(ReportingWebAppFixture app) : IClassFixture<ReportingWebAppFixture>
{
    [Fact]
    public async Task The_reports_of_one_flood_form_one_story()
    {
        var stories = Items(await GetJsonAsync(app.Client, $"/api/stories?q={ReportingWebAppFixture.Topic}&days=3"), "stories");

        var story = Assert.Single(stories);
        Assert.Equal(ReportingWebAppFixture.EventArticles, story.GetProperty("size").GetInt32());
        var floodIds = app.Flood.Select(a => a.Id).ToHashSet();
        var sampled = Items(story, "articles");
        Assert.Equal(5, sampled.Count);
        Assert.All(sampled, a => Assert.Contains(a.GetProperty("id").GetInt64(), floodIds));
    }

    [Fact]
    public async Task A_story_has_a_label_of_words_its_languages_and_time_span()
    {
        var story = Items(await GetJsonAsync(app.Client, $"/api/stories?q={ReportingWebAppFixture.Topic}&days=3"), "stories")[0];

        var label = Items(story, "label").Select(w => w.GetString()!).ToList();
        Assert.InRange(label.Count, 3, 5);
        Assert.Contains(label, w => w.StartsWith("semey", StringComparison.OrdinalIgnoreCase) || w.StartsWith("dam", StringComparison.OrdinalIgnoreCase) || w.StartsWith("breach", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["en"], Items(story, "languages").Select(l => l.GetString()));
        Assert.Equal(app.Flood.Min(a => a.PublishedAt), story.GetProperty("firstSeen").GetDateTimeOffset());
        Assert.Equal(app.Flood.Max(a => a.PublishedAt), story.GetProperty("lastSeen").GetDateTimeOffset());
    }

    [Fact]
    public async Task Story_articles_carry_title_link_source_name_and_date_newest_first()
    {
        var story = Items(await GetJsonAsync(app.Client, $"/api/stories?q={ReportingWebAppFixture.Topic}&days=3"), "stories")[0];
        var articles = Items(story, "articles");

        Assert.All(articles, a => Assert.Equal("Irtysh Desk", a.GetProperty("source").GetString()));
        Assert.All(articles, a => Assert.Contains(app.Flood, f => f.Title == a.GetProperty("title").GetString() && f.Url.AbsoluteUri == a.GetProperty("url").GetString()));
        var dates = articles.Select(a => a.GetProperty("publishedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task A_story_keeps_its_id_from_one_answer_to_the_next_and_over_a_longer_period()
    {
        var first = Items(await GetJsonAsync(app.Client, $"/api/stories?q={ReportingWebAppFixture.Topic}&days=3"), "stories")[0];
        var again = Items(await GetJsonAsync(app.Client, $"/api/stories?q={ReportingWebAppFixture.Topic}&days=30"), "stories")
            .Single(s => s.GetProperty("size").GetInt32() == ReportingWebAppFixture.EventArticles);

        Assert.Equal(first.GetProperty("id").GetInt32(), again.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task The_timeline_starts_with_the_first_report_and_counts_minutes_after_it()
    {
        var story = Items(await GetJsonAsync(app.Client, $"/api/stories?q={ReportingWebAppFixture.Topic}&days=3"), "stories")[0];
        var timeline = Items(story, "timeline");

        Assert.Equal("first", timeline[0].GetProperty("role").GetString());
        Assert.Equal(app.Flood[0].Id, timeline[0].GetProperty("articleId").GetInt64());
        Assert.Equal(60, timeline[1].GetProperty("minutesAfterFirst").GetInt64());
        Assert.All(timeline.Skip(1), e => Assert.NotEqual("first", e.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Sources_of_stories_one_source_reported_alone_are_not_ranked()
    {
        var answer = await GetJsonAsync(app.Client, $"/api/stories/sources?q={ReportingWebAppFixture.Topic}&days=3");

        Assert.Equal(0, answer.GetProperty("stories").GetInt32());
        Assert.Empty(Items(answer, "sources"));
    }

    [Theory]
    [InlineData("q=flood&days=0", "days")]
    [InlineData("q=flood&days=366", "days")]
    [InlineData("q=flood&limit=0", "limit")]
    [InlineData("q=flood&limit=101", "limit")]
    [InlineData("q=flood&lang=xx1", "lang")]
    public async Task Bad_parameters_give_400_naming_the_parameter(string query, string field)
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync($"/api/stories?{query}"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(FieldErrors(problem, field));
    }
}
