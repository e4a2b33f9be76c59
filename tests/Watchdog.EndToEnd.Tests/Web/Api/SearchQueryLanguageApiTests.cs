using System.Net;
using System.Text.Json;
using Watchdog.Core.Watching;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;

namespace Watchdog.EndToEnd.Tests.Web.Api;

/// <summary><c>GET /api/search</c> takes the query language of standing queries, and says where a query is wrong.</summary>
public sealed class SearchQueryLanguageApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task A_query_that_cannot_be_parsed_gives_a_validation_problem_with_position_expected_and_found()
    {
        const string query = "(Almaty OR court";

        var problem = await IsProblemAsync(await app.Client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}"), HttpStatusCode.BadRequest);

        Assert.Equal(16, problem.GetProperty("position").GetInt32());
        Assert.Equal("')'", problem.GetProperty("expected").GetString());
        Assert.Equal(JsonValueKind.Null, problem.GetProperty("found").ValueKind);
        Assert.Equal(query, problem.GetProperty("query").GetString());
        Assert.Equal("The query cannot be parsed: expected ')' at 16.", Assert.Single(FieldErrors(problem, "q")));
    }

    [Fact]
    public async Task An_unknown_field_is_pointed_at_with_what_was_found()
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync("/api/search?q=court%20colour:red"), HttpStatusCode.BadRequest);

        Assert.Equal(6, problem.GetProperty("position").GetInt32());
        Assert.Equal("'colour'", problem.GetProperty("found").GetString());
    }

    [Fact]
    public async Task An_unknown_watchlist_is_refused_with_its_position()
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync("/api/search?q=court%20@nobody"), HttpStatusCode.BadRequest);

        Assert.Equal(6, problem.GetProperty("position").GetInt32());
        Assert.Contains("existing watchlist", Assert.Single(FieldErrors(problem, "q")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_watchlist_reference_finds_an_entry_by_its_transliteration()
    {
        await app.Service<IWatchStore>().SaveWatchlistAsync(new Watchlist
        {
            Name = "cities",
            Entries = [new WatchlistEntry { Text = "Шымкент", Kind = WatchlistEntryKind.Place }],
        }, CancellationToken.None);

        var hits = await HitsAsync("@cities");

        var hit = Assert.Single(hits);
        Assert.Contains("Shymkent", hit.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>Shymkent</mark>", hit.GetProperty("highlightedTitle").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_filters_and_negation_narrow_the_results()
    {
        var courts = await HitsAsync("title:court*");
        var courtsTagged = await HitsAsync("court* tag:defamation");
        var withoutAppeal = await HitsAsync("title:court* -appeal");

        Assert.True(courts.Count >= 2);
        Assert.All(courts, h => Assert.Contains("ourt", h.GetProperty("title").GetString(), StringComparison.Ordinal));
        Assert.Contains("Appeal", Assert.Single(courtsTagged).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(courts.Count - 1, withoutAppeal.Count);
    }

    private async Task<List<JsonElement>> HitsAsync(string query)
    {
        var response = await app.Client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}&pageSize=50");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("hits").EnumerateArray().ToList();
    }
}
