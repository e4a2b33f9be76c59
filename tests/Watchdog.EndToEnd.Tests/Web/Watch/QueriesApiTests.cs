using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;
using static Watchdog.EndToEnd.Tests.Web.Watch.WatchApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Watch;

public sealed class QueriesApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task A_created_query_is_returned_with_its_rule_and_listed()
    {
        var response = await app.Client.PostAsJsonAsync("/api/queries", new
        {
            name = "Almaty city hall",
            query = "Алматы AND (әкім OR мэр)",
            rule = new
            {
                maxPerHour = 5,
                quietHours = new { start = "22:00", end = "07:00", timeZone = "Asia/Almaty" },
                digest = "hourly",
                targets = new object[] { new { channel = "webhook", address = "http://127.0.0.1:9/hook", secret = "s3cret" }, new { channel = "email", address = "desk@example.org" } },
            },
        });
        var id = (await CreatedAsync(response)).GetProperty("id").GetInt64();

        var query = await OkAsync(await app.Client.GetAsync($"/api/queries/{id}"));
        var rule = query.GetProperty("rule");
        Assert.Equal("Алматы AND (әкім OR мэр)", query.GetProperty("query").GetString());
        Assert.Equal((5, "hourly", "22:00", "07:00", "Asia/Almaty"), (rule.GetProperty("maxPerHour").GetInt32(), rule.GetProperty("digest").GetString(),
            rule.GetProperty("quietHours").GetProperty("start").GetString(), rule.GetProperty("quietHours").GetProperty("end").GetString(),
            rule.GetProperty("quietHours").GetProperty("timeZone").GetString()));
        Assert.Equal(["webhook", "email"], rule.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("channel").GetString()));
        var listed = JsonDocument.Parse(await app.Client.GetStringAsync("/api/queries")).RootElement.EnumerateArray();
        Assert.Contains(listed, q => q.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task A_webhook_secret_is_never_shown_only_that_it_is_set()
    {
        var id = await CreateQueryAsync(app.Client, "secret", "bank", new { targets = new[] { new { channel = "webhook", address = "http://127.0.0.1:9/h", secret = "do-not-echo" } } });

        var body = await app.Client.GetStringAsync($"/api/queries/{id}");

        Assert.DoesNotContain("do-not-echo", body, StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("rule").GetProperty("targets")[0].GetProperty("hasSecret").GetBoolean());
    }

    [Fact]
    public async Task Updating_a_query_without_resending_the_secret_keeps_it()
    {
        var target = new { channel = "webhook", address = "http://127.0.0.1:9/keep" };
        var id = await CreateQueryAsync(app.Client, "keep", "bank", new { targets = new[] { new { target.channel, target.address, secret = "kept" } } });

        var updated = await OkAsync(await app.Client.PutAsJsonAsync($"/api/queries/{id}", new { name = "keep", query = "bank OR банк", enabled = false, rule = new { targets = new[] { target } } }));

        Assert.Equal(("bank OR банк", false), (updated.GetProperty("query").GetString(), updated.GetProperty("enabled").GetBoolean()));
        Assert.True(updated.GetProperty("rule").GetProperty("targets")[0].GetProperty("hasSecret").GetBoolean());
    }

    [Fact]
    public async Task A_deleted_query_is_gone()
    {
        var id = await CreateQueryAsync(app.Client, "gone", "x1");

        Assert.Equal(HttpStatusCode.NoContent, (await app.Client.DeleteAsync($"/api/queries/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"/api/queries/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("(Алматы OR Астана", 17, "')'")]
    [InlineData("банк AND", 8, "a term")]
    [InlineData("colour:red", 0, "a field name")]
    [InlineData("u*", 0, "at least")]
    public async Task A_query_that_cannot_be_parsed_gives_400_with_the_position_and_what_was_expected(string query, int position, string expected)
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/queries", new { name = "bad", query }), HttpStatusCode.BadRequest);

        Assert.Equal(position, problem.GetProperty("position").GetInt32());
        Assert.StartsWith(expected, problem.GetProperty("expected").GetString(), StringComparison.Ordinal);
        Assert.Single(FieldErrors(problem, "query"));
    }

    [Fact]
    public async Task A_query_naming_an_unknown_watchlist_gives_400_pointing_at_the_reference()
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/queries", new { name = "ref", query = "суд AND @no-such-list" }), HttpStatusCode.BadRequest);

        Assert.Equal(8, problem.GetProperty("position").GetInt32());
        Assert.Equal("'@no-such-list'", problem.GetProperty("found").GetString());
    }

    [Fact]
    public async Task A_query_naming_an_existing_watchlist_is_accepted()
    {
        var list = UniqueName("people");
        await CreateWatchlistAsync(app.Client, list, new { text = "Назарбаев", kind = "person" });

        await CreateQueryAsync(app.Client, "by list", $"@{list} AND lang:ru");
    }

    [Fact]
    public async Task Bad_rule_fields_are_each_reported()
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/queries", new
        {
            name = "rule",
            query = "bank",
            rule = new
            {
                maxPerHour = 0,
                digest = "weekly",
                quietHours = new { start = "25:00", end = "07:00", timeZone = "Mars/Olympus" },
                targets = new object[]
                {
                    new { channel = "webhook", address = "not a url" },
                    new { channel = "email", address = "nobody" },
                    new { channel = "pigeon", address = "roof" },
                },
            },
        }), HttpStatusCode.BadRequest);

        foreach (var field in new[] { "rule.maxPerHour", "rule.digest", "rule.quietHours.start", "rule.quietHours.timeZone", "rule.targets[0].address", "rule.targets[1].address", "rule.targets[2].channel" })
        {
            Assert.True(FieldErrors(problem, field).Count == 1, $"expected one error for {field}");
        }
    }

    [Fact]
    public async Task A_misspelt_rule_field_gives_400_naming_it_instead_of_saving_the_query_without_its_limit()
    {
        var response = await app.Client.PostAsJsonAsync("/api/queries", new { name = "limited", query = "суд", rule = new { limit = 3 } });

        var problem = await IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("'limit'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var listed = await app.Client.GetFromJsonAsync<JsonElement>("/api/queries");
        Assert.DoesNotContain(listed.EnumerateArray(), query => query.GetProperty("name").GetString() == "limited");
    }

    [Fact]
    public async Task An_empty_name_and_query_are_both_reported()
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/queries", new { name = " ", query = "" }), HttpStatusCode.BadRequest);

        Assert.Single(FieldErrors(problem, "name"));
        Assert.Single(FieldErrors(problem, "query"));
    }

    [Fact]
    public async Task Updating_a_missing_query_is_a_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.PutAsJsonAsync("/api/queries/987654", new { name = "n", query = "q1" })).StatusCode);
    }
}
