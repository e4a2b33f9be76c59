using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Watchdog.EndToEnd.Tests.Web.Browser;
using Watchdog.Core.Articles;
using Watchdog.Core.Entities;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Pipeline.Entities;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;
using static Watchdog.EndToEnd.Tests.Web.Reporting.ReportingApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Reporting;

/// <summary>
/// The reporting app plus three recent Russian reports naming one person, one organisation and one city in different cases,
/// stored directly (not through the pipeline) and then tagged as the watch stage or the backfill would, all but <see cref="UntaggedTopic"/>'s.
/// The sentences are plain news style that the shipped Russian model tags right; what these tests check is keys, counts
/// and the API (the tagger's accuracy is measured by the entities benchmark and the Analysis tests).
/// </summary>
public sealed class EntitiesWebAppFixture : IAsyncLifetime
{
    public const string RussianTopic = "тарифы";

    /// <summary>A report stored and left untagged, as articles stored before entity tagging are until the backfill reaches them.</summary>
    public const string UntaggedTopic = "водопровод";

    private readonly ReportingWebAppFixture _reporting = new();

    public HttpClient Client => _reporting.Client;

    public Uri BaseUri => _reporting.BaseUri;

    public IReadOnlyList<long> RussianIds { get; private set; } = [];

    public Task DisposeAsync() => _reporting.DisposeAsync();

    public async Task InitializeAsync()
    {
        await _reporting.InitializeAsync();
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        Article[] drafts =
        [
            TestArticles.Make("Тарифы снизят в Караганде", "Президент Токаев заявил, что ТОО «Казахтелеком» снизит тарифы в Караганде.", "ru", at),
            TestArticles.Make("Токаеву доложили о тарифах", "Аким сообщил Токаеву, что ТОО «Казахтелеком» в Караганде уже снизило тарифы.", "ru", at.AddHours(1)),
            TestArticles.Make("Тарифы обсудили в Астане", "Слова Касым-Жомарта Токаева о тарифах обсудили в Астане.", "ru", at.AddHours(2)),
            TestArticles.Make("Водопровод в Караганде", "Водопровод в Караганде починят к зиме, сообщил Токаев.", "ru", at.AddHours(3)),
        ];
        var articles = _reporting.Service<IArticleStore>();
        var stored = new List<Article>();
        foreach (var draft in drafts) stored.Add((await articles.AddAsync(draft with { SourceId = _reporting.Desk.Id }, CancellationToken.None)).Article);
        await _reporting.Service<ISearchIndex>().IndexAsync(stored, CancellationToken.None);
        await articles.MarkIndexedAsync([.. stored.Select(a => a.Id)], CancellationToken.None);
        var recorder = _reporting.Service<ArticleEntityRecorder>();
        foreach (var id in await _reporting.Service<IEntityStore>().ListUntaggedAsync(ArticleEntityTagging.TaggerVersion, 1000, CancellationToken.None))
        {
            if (id != stored[^1].Id && await articles.GetAsync(id, CancellationToken.None) is { } article) await recorder.TagAsync(article, CancellationToken.None);
        }
        RussianIds = [.. stored.Take(3).Select(a => a.Id)];
    }
}

public sealed class EntitiesApiTests(EntitiesWebAppFixture app) : IClassFixture<EntitiesWebAppFixture>
{
    private async Task<List<JsonElement>> EntitiesAsync(string query) =>
        Items(await GetJsonAsync(app.Client, $"/api/entities?{query}"), "entities");

    private static JsonElement Named(List<JsonElement> entities, string kind, string key) =>
        Assert.Single(entities, e => e.GetProperty("kind").GetString() == kind && e.GetProperty("key").GetString() == key);

    [Fact]
    public async Task Inflected_mentions_of_one_person_are_counted_as_one_with_the_base_form_as_name()
    {
        // The surname alone (Токаев, Токаеву) joins the one full name of the period (Касым-Жомарта Токаева).
        var person = Named(await EntitiesAsync($"q={Escaped(EntitiesWebAppFixture.RussianTopic)}&lang=ru"), "person", "k tokaev");

        Assert.Equal("Токаев", person.GetProperty("name").GetString());
        Assert.Equal(3, person.GetProperty("articles").GetInt32());
        Assert.Equal(4, person.GetProperty("mentions").GetInt32()); // the second report names him in its title and its text
    }

    [Fact]
    public async Task Places_and_organisations_are_counted_per_article_and_per_mention()
    {
        var entities = await EntitiesAsync($"q={Escaped(EntitiesWebAppFixture.RussianTopic)}");

        var city = Named(entities, "location", "karaganda");
        Assert.Equal(2, city.GetProperty("articles").GetInt32());
        Assert.Equal(3, city.GetProperty("mentions").GetInt32());
        var company = Assert.Single(entities, e => e.GetProperty("kind").GetString() == "organization" && e.GetProperty("name").GetString() == "Казахтелеком");
        Assert.Equal(2, company.GetProperty("articles").GetInt32());
        Assert.Equal(app.RussianIds.Take(2).Reverse(), city.GetProperty("sampleArticleIds").EnumerateArray().Select(i => i.GetInt64()));
    }

    [Fact]
    public async Task The_english_topic_names_semey_in_every_flood_report()
    {
        var semey = Named(await EntitiesAsync($"q={ReportingWebAppFixture.Topic}&kind=location"), "location", "semey");

        Assert.Equal(ReportingWebAppFixture.EventArticles, semey.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task A_kind_keeps_only_that_kind_and_the_limit_applies()
    {
        var entities = await EntitiesAsync($"q={Escaped(EntitiesWebAppFixture.RussianTopic)}&kind=location&limit=1");

        var only = Assert.Single(entities);
        Assert.Equal("location", only.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task The_answer_says_how_many_articles_matched_and_were_counted_and_the_default_period_of_30_days()
    {
        var body = await GetJsonAsync(app.Client, $"/api/entities?q={Escaped(EntitiesWebAppFixture.RussianTopic)}");

        Assert.Equal(3, body.GetProperty("articlesMatched").GetInt32());
        Assert.Equal(3, body.GetProperty("articlesTagged").GetInt32());
        Assert.Equal(0, body.GetProperty("articlesNotYetTagged").GetInt32());
        var days = (body.GetProperty("to").GetDateTimeOffset() - body.GetProperty("from").GetDateTimeOffset()).TotalDays;
        Assert.InRange(days, 29, 30);
    }

    [Fact]
    public async Task Matches_stored_before_tagging_are_reported_as_not_yet_tagged_and_not_counted()
    {
        var body = await GetJsonAsync(app.Client, $"/api/entities?q={Escaped(EntitiesWebAppFixture.UntaggedTopic)}");

        Assert.Equal(1, body.GetProperty("articlesMatched").GetInt32());
        Assert.Equal(0, body.GetProperty("articlesTagged").GetInt32());
        Assert.Equal(1, body.GetProperty("articlesNotYetTagged").GetInt32());
        Assert.Empty(Items(body, "entities"));
    }

    [Theory]
    [InlineData("q=flood&kind=animal", "kind")]
    [InlineData("q=flood&limit=0", "limit")]
    [InlineData("q=flood&limit=101", "limit")]
    [InlineData("q=flood&from=yesterday", "from")]
    public async Task Bad_parameters_give_400_naming_the_parameter(string query, string field)
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync($"/api/entities?{query}"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(FieldErrors(problem, field));
    }

    [Fact]
    public async Task A_query_that_cannot_be_parsed_gives_400_with_the_position()
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync($"/api/entities?q={Escaped("(flood AND")}"), HttpStatusCode.BadRequest);

        Assert.Equal(JsonValueKind.Number, problem.GetProperty("position").ValueKind);
    }

    [Fact]
    public async Task A_request_is_audited_as_a_search_naming_the_view_kind_and_limit()
    {
        var word = $"w{Guid.NewGuid():N}"[..12];
        await app.Client.GetAsync($"/api/entities?q={word}&kind=person&limit=7");

        var page = await GetJsonAsync(app.Client, "/api/audit?action=search&pageSize=500");
        var entry = Assert.Single(Items(page, "entries"), e => e.GetRawText().Contains(word, StringComparison.Ordinal));
        var details = JsonDocument.Parse(entry.GetProperty("details").GetString()!).RootElement;
        Assert.Equal("entities", details.GetProperty("view").GetString());
        Assert.Equal("person", details.GetProperty("settings").GetProperty("kind").GetString());
        Assert.Equal(7, details.GetProperty("settings").GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task The_openapi_description_states_that_every_match_counts_and_that_counts_are_aggregate_only()
    {
        var paths = JsonDocument.Parse(await app.Client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");
        var description = paths.GetProperty("/api/entities").GetProperty("get").GetProperty("description").GetString();

        Assert.Contains("every article matching q", description, StringComparison.Ordinal);
        Assert.Contains("articlesNotYetTagged", description, StringComparison.Ordinal);
        Assert.Contains("aggregate only", description, StringComparison.Ordinal);
    }
}

/// <summary>The dashboard's entities panel in a real browser, following the search box.</summary>
public sealed class EntitiesDashboardBrowserTests(EntitiesWebAppFixture app, ChromiumSession chromium)
    : IClassFixture<EntitiesWebAppFixture>, IClassFixture<ChromiumSession>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_context, _page) = await chromium.OpenPageAsync(app.BaseUri);
        await _page.SetViewportSizeAsync(1280, 1000);
        await _page.GotoAsync("/");
        await _page.FillAsync("#q", EntitiesWebAppFixture.RussianTopic);
        await _page.PressAsync("#q", "Enter");
    }

    public Task DisposeAsync() => _context.CloseAsync();

    [Fact]
    public async Task Searching_lists_people_organisations_and_places_with_counts()
    {
        await Assertions.Expect(_page.Locator("#entities-people li").First).ToContainTextAsync("Токаев3");
        await Assertions.Expect(_page.Locator("#entities-organizations")).ToContainTextAsync("Казахтелеком");
        await Assertions.Expect(_page.Locator("#entities-places")).ToContainTextAsync("Караганде");
        await Assertions.Expect(_page.Locator("#entities-summary")).ToContainTextAsync("3 articles counted");
    }

    [Fact]
    public async Task Clicking_a_name_adds_it_to_the_search_as_a_phrase()
    {
        await _page.Locator("#entities-people .entity-name", new() { HasText = "Токаев" }).ClickAsync();

        Assert.Equal($"{EntitiesWebAppFixture.RussianTopic} \"Токаев\"", await _page.InputValueAsync("#q"));
        await Assertions.Expect(_page.Locator("#entities-summary")).ToContainTextAsync("3 articles counted");
    }
}
