using System.Net;
using System.Text.Json;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;

namespace Watchdog.EndToEnd.Tests.Web.Api;

public sealed class ArticlesApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Latest_returns_at_most_the_limit_of_stored_articles()
    {
        var latest = JsonDocument.Parse(await app.Client.GetStringAsync("/api/articles?limit=5")).RootElement.EnumerateArray().ToList();

        Assert.Equal(5, latest.Count);
        Assert.All(latest, a => Assert.Contains(app.Corpus.Articles, s => s.Id == a.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task Latest_can_be_limited_to_one_source()
    {
        var source = app.Corpus.Sources[1];

        var latest = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/articles?limit=50&source={source.Id}")).RootElement.EnumerateArray().ToList();

        Assert.Equal(app.Corpus.Articles.Count(a => a.SourceId == source.Id), latest.Count);
    }

    [Fact]
    public async Task An_article_is_returned_with_its_text()
    {
        var expected = app.Corpus.Articles[3];

        var article = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/articles/{expected.Id}")).RootElement;

        Assert.Equal(expected.Title, article.GetProperty("title").GetString());
        Assert.Equal(expected.Text, article.GetProperty("text").GetString());
        Assert.Equal(expected.Language, article.GetProperty("language").GetString());
    }

    [Fact]
    public async Task An_unknown_article_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/articles/99999999")).StatusCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100000)]
    public async Task A_limit_out_of_range_gives_400(int limit)
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync($"/api/articles?limit={limit}"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(FieldErrors(problem, "limit"));
    }
}
