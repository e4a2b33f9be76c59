using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;
using static Watchdog.EndToEnd.Tests.Web.Watch.WatchApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Governance;

/// <summary>The audit log through the API of an app on loopback, where authentication is off and the actor is "local".</summary>
public sealed class AuditApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private async Task<List<JsonElement>> EntriesForAsync(string target)
    {
        var page = await OkAsync(await app.Client.GetAsync("/api/audit?pageSize=500"));
        return page.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("target").GetString() == target).Reverse().ToList();
    }

    private static IEnumerable<string?> Actions(IEnumerable<JsonElement> entries) => entries.Select(e => e.GetProperty("action").GetString());

    [Fact]
    public async Task Every_change_to_a_watchlist_is_recorded_in_order_as_done_by_local()
    {
        var name = UniqueName("officials");
        var id = await CreateWatchlistAsync(app.Client, name, new { text = "Иван Петров", kind = "person" });
        await app.Client.PutAsJsonAsync($"/api/watchlists/{id}", new { name, entries = new[] { new { text = "Astana" } } });
        await app.Client.PostAsync($"/api/watchlists/{id}/import?format=csv", new StringContent("text,kind\nАлматы,place\n", Encoding.UTF8, "text/csv"));
        await app.Client.DeleteAsync($"/api/watchlists/{id}");

        var entries = await EntriesForAsync($"watchlist {name}");

        Assert.Equal(["watchlist.create", "watchlist.update", "watchlist.import", "watchlist.delete"], Actions(entries));
        Assert.All(entries, e => Assert.Equal("local", e.GetProperty("actor").GetString()));
        Assert.Contains("\"imported\":1", entries[2].GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_change_to_a_standing_query_is_recorded_without_webhook_secrets()
    {
        var id = await CreateQueryAsync(app.Client, UniqueName("q"), "bank", new { targets = new[] { new { channel = "webhook", address = "http://127.0.0.1:9/hook-key", secret = "s3cret" } } });
        await app.Client.PutAsJsonAsync($"/api/queries/{id}", new { name = "renamed", query = "bank OR банк" });
        await app.Client.DeleteAsync($"/api/queries/{id}");

        var entries = await EntriesForAsync($"query {id}");

        Assert.Equal(["query.create", "query.update", "query.delete"], Actions(entries));
        Assert.Contains("bank OR банк", entries[1].GetProperty("details").GetString(), StringComparison.Ordinal);
        Assert.All(entries, e => Assert.DoesNotContain("s3cret", e.GetRawText(), StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain("hook-key", e.GetRawText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Source_changes_are_recorded()
    {
        var added = await CreatedAsync(await app.Client.PostAsJsonAsync("/api/sources", new { url = $"https://audit.example/{Guid.NewGuid():N}/feed.xml", every = "1h" }));
        var id = added.GetProperty("id").GetInt64();
        await app.Client.PostAsync($"/api/sources/{id}/pause", null);
        await app.Client.PostAsync($"/api/sources/{id}/resume", null);
        await app.Client.PostAsync($"/api/sources/{id}/fetch-now", null);
        await app.Client.DeleteAsync($"/api/sources/{id}");

        var entries = await EntriesForAsync($"source {id}");

        Assert.Equal(["source.add", "source.pause", "source.resume", "source.fetch-now", "source.remove"], Actions(entries));
        Assert.Contains("audit.example", entries[^1].GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_search_is_recorded_with_its_query_and_filters()
    {
        var word = UniqueName("needle");

        await app.Client.GetAsync($"/api/search?q={word}&lang=kk&order=newest");

        var page = await OkAsync(await app.Client.GetAsync("/api/audit?action=search"));
        var entry = page.GetProperty("entries").EnumerateArray().First(e => e.GetProperty("details").GetString()!.Contains(word, StringComparison.Ordinal));
        var details = JsonDocument.Parse(entry.GetProperty("details").GetString()!).RootElement;
        Assert.Equal(("kk", "newest"), (details.GetProperty("lang").GetString(), details.GetProperty("order").GetString()));
    }

    [Fact]
    public async Task The_audit_log_is_filtered_by_action_actor_and_time_and_paged()
    {
        await CreateQueryAsync(app.Client, UniqueName("f1"), "bank");
        await CreateQueryAsync(app.Client, UniqueName("f2"), "bank");

        var family = await OkAsync(await app.Client.GetAsync("/api/audit?action=query&pageSize=1&page=2"));
        var nobody = await OkAsync(await app.Client.GetAsync("/api/audit?actor=nobody"));
        var future = await OkAsync(await app.Client.GetAsync($"/api/audit?from={DateTimeOffset.UtcNow.AddDays(1):yyyy-MM-dd}"));

        Assert.True(family.GetProperty("total").GetInt64() >= 2);
        Assert.Equal((2, 1), (family.GetProperty("page").GetInt32(), family.GetProperty("entries").GetArrayLength()));
        Assert.StartsWith("query.", family.GetProperty("entries")[0].GetProperty("action").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, nobody.GetProperty("total").GetInt64());
        Assert.Equal(0, future.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Bad_filters_are_refused_with_the_field_named()
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync("/api/audit?action=DROP%20TABLE&from=yesterday&pageSize=0"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(FieldErrors(problem, "action"));
        Assert.NotEmpty(FieldErrors(problem, "from"));
        Assert.NotEmpty(FieldErrors(problem, "pageSize"));
    }

    [Fact]
    public async Task The_audit_log_cannot_be_changed_through_the_api()
    {
        await CreateQueryAsync(app.Client, UniqueName("keep"), "bank");

        var delete = await app.Client.DeleteAsync("/api/audit");
        var put = await app.Client.PutAsJsonAsync("/api/audit", new { });
        var post = await app.Client.PostAsJsonAsync("/api/audit", new { actor = "x", action = "search" });

        Assert.All([delete, put, post], r => Assert.Equal(HttpStatusCode.MethodNotAllowed, r.StatusCode));
    }

    [Fact]
    public async Task Me_says_local_admin_when_authentication_is_off()
    {
        var me = await OkAsync(await app.Client.GetAsync("/api/me"));

        Assert.Equal(("local", "Admin", false), (me.GetProperty("name").GetString(), me.GetProperty("role").GetString(), me.GetProperty("authRequired").GetBoolean()));
    }
}
