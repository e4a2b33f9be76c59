using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchdog.Core.Entities;
using Watchdog.Core.Stories;
using Watchdog.Pipeline.Entities;
using Watchdog.Watch.Alerts;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;
using static Watchdog.EndToEnd.Tests.Web.Watch.WatchApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Analyst;

/// <summary>The calls the analyst's pages added: source preview, query check, mark all alerts read, an article's analysis.</summary>
public sealed class AnalystApiTests(AnalystWebAppFixture app) : IClassFixture<AnalystWebAppFixture>
{
    [Fact]
    public async Task Previewing_a_feed_gives_its_kind_title_and_items_without_adding_it()
    {
        var before = await SourceCountAsync();

        var preview = await OkAsync(await app.Client.PostAsJsonAsync("/api/sources/preview", new { url = app.Site.Url("/feed.xml").AbsoluteUri }));

        Assert.Equal(("feed", AnalystWebAppFixture.FeedTitle, 2), (preview.GetProperty("kind").GetString(), preview.GetProperty("title").GetString(), preview.GetProperty("found").GetInt32()));
        var items = preview.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(AnalystWebAppFixture.FeedItemTitles, items.Select(i => i.GetProperty("title").GetString()));
        Assert.Equal("The ferry across the Irtysh runs again.", items[0].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, preview.GetProperty("problem").ValueKind);
        Assert.Equal(before, await SourceCountAsync());
    }

    [Fact]
    public async Task A_preview_is_in_the_audit_log_with_its_address()
    {
        var url = app.Site.Url($"/feed.xml?audit={Guid.NewGuid():N}").AbsoluteUri;
        await OkAsync(await app.Client.PostAsJsonAsync("/api/sources/preview", new { url }));

        var page = await OkAsync(await app.Client.GetAsync("/api/audit?action=source.preview&pageSize=500"));

        Assert.Contains(page.GetProperty("entries").EnumerateArray(), e => e.GetProperty("target").GetString() == url);
    }

    [Fact]
    public async Task Previewing_a_page_that_advertises_a_feed_reads_the_feed()
    {
        var preview = await OkAsync(await app.Client.PostAsJsonAsync("/api/sources/preview", new { url = app.Site.Url("/news/").AbsoluteUri, kind = "auto" }));

        Assert.Equal(AnalystWebAppFixture.FeedItemTitles, preview.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Previewing_an_address_that_cannot_be_read_says_why()
    {
        var preview = await OkAsync(await app.Client.PostAsJsonAsync("/api/sources/preview", new { url = app.Site.Url("/missing.xml").AbsoluteUri }));

        Assert.Empty(preview.GetProperty("items").EnumerateArray());
        Assert.Contains("404", preview.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a url", "feed", "url")]
    [InlineData("ftp://files.example/feed", null, "url")]
    [InlineData("https://news.example/feed", "newspaper", "kind")]
    public async Task Previewing_needs_an_http_url_and_a_known_kind(string url, string? kind, string field)
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/sources/preview", new { url, kind }), HttpStatusCode.BadRequest);

        Assert.NotEmpty(FieldErrors(problem, field));
    }

    [Fact]
    public async Task Checking_a_valid_query_says_it_is_valid()
    {
        var check = await OkAsync(await app.Client.PostAsJsonAsync("/api/queries/check", new { query = "Алматы AND lang:kk" }));

        Assert.True(check.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Checking_a_query_that_does_not_parse_gives_the_position()
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/queries/check", new { query = "(Алматы OR" }), HttpStatusCode.BadRequest);

        Assert.Equal(10, problem.GetProperty("position").GetInt32());
        Assert.NotEmpty(FieldErrors(problem, "query"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("@no-such-list")]
    public async Task Checking_an_empty_query_or_an_unknown_watchlist_is_refused(string query)
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/queries/check", new { query }), HttpStatusCode.BadRequest);

        Assert.NotEmpty(FieldErrors(problem, "query"));
    }

    [Fact]
    public async Task Marking_all_read_clears_the_unread_alerts_of_one_query_only()
    {
        var marked = await CreateQueryAsync(app.Client, UniqueName("Mark all"), "Алматы");
        var other = await CreateQueryAsync(app.Client, UniqueName("Kept unread"), "Алматы");
        await RaiseAlertsAsync();

        var result = await OkAsync(await app.Client.PostAsync($"/api/alerts/read?query={marked}", null));

        Assert.True(result.GetProperty("marked").GetInt32() > 0);
        Assert.Equal(0, await UnreadAsync(marked));
        Assert.True(await UnreadAsync(other) > 0);
    }

    [Fact]
    public async Task An_article_analysis_has_its_matching_queries_with_passages_and_its_entities()
    {
        var name = UniqueName("Analysis");
        await CreateQueryAsync(app.Client, name, "Алматы AND lang:kk");
        var article = app.Corpus.Articles.First(a => a.Language == "kk" && (a.Title + " " + a.Text).Contains("Алматы", StringComparison.Ordinal));
        await app.Service<IEntityStore>().SaveAsync(article.Id, ArticleEntityTagging.TaggerVersion, [new ArticleEntity(KindNames.Location, "алматы", "Алматы", 3)], CancellationToken.None);

        var analysis = await OkAsync(await app.Client.GetAsync($"/api/articles/{article.Id}/analysis"));

        var match = Assert.Single(analysis.GetProperty("matches").EnumerateArray(), m => m.GetProperty("name").GetString() == name);
        Assert.Contains("<mark>", match.GetProperty("passages")[0].GetProperty("highlighted").GetString(), StringComparison.Ordinal);
        var entity = Assert.Single(analysis.GetProperty("entities").EnumerateArray());
        Assert.Equal(("location", "Алматы", 3), (entity.GetProperty("kind").GetString(), entity.GetProperty("name").GetString(), entity.GetProperty("mentions").GetInt32()));
    }

    [Fact]
    public async Task An_article_analysis_has_its_story_with_the_near_duplicates_marked()
    {
        var stories = app.Service<IStoryStore>();
        var storyId = await stories.MaxStoryIdAsync(CancellationToken.None) + 1;
        var (article, reprint, follower) = (app.Corpus.Articles[^1], app.Corpus.Articles[^2], app.Corpus.Articles[^3]);
        var at = DateTimeOffset.UtcNow;
        // A reprint's fingerprint differs from the original's in a bit or two; a follower's in most of them.
        await stories.SaveAsync(
            [new(article.Id, storyId, 0xF0F0_F0F0_F0F0_F0F0UL, at), new(reprint.Id, storyId, 0xF0F0_F0F0_F0F0_F0F1UL, at.AddMinutes(5)),
             new(follower.Id, storyId, 0x0F0F_0F0F_0F0F_0F0FUL, at.AddMinutes(30))],
            [new StoredStory(storyId, ["flood", "semey"], ["ru"], at, at.AddMinutes(30), 3)], CancellationToken.None);

        var story = (await OkAsync(await app.Client.GetAsync($"/api/articles/{article.Id}/analysis"))).GetProperty("story");

        Assert.Equal((storyId, 3), (story.GetProperty("id").GetInt32(), story.GetProperty("size").GetInt32()));
        Assert.Equal([$"{reprint.Id}:True", $"{follower.Id}:False"],
            story.GetProperty("articles").EnumerateArray().Select(a => $"{a.GetProperty("id").GetInt64()}:{a.GetProperty("nearDuplicate").GetBoolean()}"));
    }

    [Fact]
    public async Task The_analysis_of_an_unknown_article_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/articles/987654321/analysis")).StatusCode);
    }

    private async Task RaiseAlertsAsync()
    {
        var watcher = app.Service<ArticleWatcher>();
        await watcher.ReloadAsync(CancellationToken.None);
        foreach (var article in app.Corpus.Articles) await watcher.ProcessAsync(article, CancellationToken.None);
    }

    private async Task<long> UnreadAsync(long query) =>
        JsonDocument.Parse(await app.Client.GetStringAsync($"/api/alerts?query={query}")).RootElement.GetProperty("unread").GetInt64();

    private async Task<int> SourceCountAsync() => JsonDocument.Parse(await app.Client.GetStringAsync("/api/sources")).RootElement.GetArrayLength();
}
