using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Watchdog.Core.Queue;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;

namespace Watchdog.EndToEnd.Tests.Web.Api;

public sealed class SourcesApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Adding_a_source_returns_201_with_its_location_and_health()
    {
        var response = await app.Client.PostAsJsonAsync("/api/sources", new { url = "https://news.example.org/feed.xml", every = "15m", tags = new[] { "ru", "city" }, kind = "feed" });
        var source = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/sources/{source.GetProperty("id").GetInt64()}", response.Headers.Location?.OriginalString);
        Assert.Equal(("https://news.example.org/feed.xml", "Feed", "15m", "New"),
            (source.GetProperty("url").GetString(), source.GetProperty("kind").GetString(), source.GetProperty("every").GetString(), source.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task An_added_source_is_listed_with_its_health_fields()
    {
        var added = await ReadAsync(await app.Client.PostAsJsonAsync("/api/sources", new { url = "https://listed.example.org/" }));

        var list = JsonDocument.Parse(await app.Client.GetStringAsync("/api/sources")).RootElement.EnumerateArray().ToList();

        var listed = Assert.Single(list, s => s.GetProperty("id").GetInt64() == added.GetProperty("id").GetInt64());
        foreach (var field in new[] { "lastFetchAt", "nextRunAt", "itemsStored", "errorCount", "lastError", "status" })
        {
            Assert.True(listed.TryGetProperty(field, out _), $"missing {field}");
        }
    }

    [Fact]
    public async Task Adding_a_watched_url_again_returns_the_existing_source_with_200()
    {
        var first = await ReadAsync(await app.Client.PostAsJsonAsync("/api/sources", new { url = "https://twice.example.org/rss" }));

        var again = await app.Client.PostAsJsonAsync("/api/sources", new { url = "https://twice.example.org/rss" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.GetProperty("id").GetInt64(), (await ReadAsync(again)).GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("")]
    [InlineData("/relative/feed.xml")]
    [InlineData("ftp://files.example.org/feed.xml")]
    [InlineData("not a url")]
    public async Task A_bad_url_gives_400_naming_the_url_field(string url)
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/sources", new { url }), HttpStatusCode.BadRequest);

        Assert.Contains(FieldErrors(problem, "url"), m => m.StartsWith("The URL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_kind_interval_and_tags_are_each_reported()
    {
        var problem = await IsProblemAsync(
            await app.Client.PostAsJsonAsync("/api/sources", new { url = "https://ok.example.org/", kind = "podcast", every = "soon", tags = new[] { "two words" } }),
            HttpStatusCode.BadRequest);

        Assert.Contains("podcast", Assert.Single(FieldErrors(problem, "kind")), StringComparison.Ordinal);
        Assert.Contains("soon", Assert.Single(FieldErrors(problem, "every")), StringComparison.Ordinal);
        Assert.Contains("two words", Assert.Single(FieldErrors(problem, "tags")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interval_below_the_minimum_is_refused()
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/sources", new { url = "https://fast.example.org/", every = "100ms" }), HttpStatusCode.BadRequest);

        Assert.Single(FieldErrors(problem, "every"));
    }

    [Fact]
    public async Task A_malformed_json_body_gives_400_not_500()
    {
        var response = await app.Client.PostAsync("/api/sources", new StringContent("{\"url\": ", Encoding.UTF8, "application/json"));

        var problem = await IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The request cannot be read.", problem.GetProperty("title").GetString());
        Assert.Contains("JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pausing_shows_the_reason_and_resuming_schedules_the_source_at_once()
    {
        var id = await AddAsync("https://pause.example.org/feed");

        var paused = await ReadAsync(await app.Client.PostAsync($"/api/sources/{id}/pause", null));
        var resumed = await ReadAsync(await app.Client.PostAsync($"/api/sources/{id}/resume", null));

        Assert.Equal("Paused", paused.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(paused.GetProperty("pausedReason").GetString()));
        Assert.Equal("New", resumed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, resumed.GetProperty("pausedReason").ValueKind);
        Assert.True(resumed.GetProperty("nextRunAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Fetch_now_queues_a_refresh_of_the_source()
    {
        var queue = app.Service<IWorkQueue>();
        var id = await AddAsync("https://fetch-now.example.org/feed");
        var before = (await queue.CountAsync(CancellationToken.None)).Pending;

        var response = await app.Client.PostAsync($"/api/sources/{id}/fetch-now", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(before + 1, (await queue.CountAsync(CancellationToken.None)).Pending);
    }

    [Fact]
    public async Task Fetch_now_on_a_paused_source_is_a_409_saying_to_resume_it()
    {
        var id = await AddAsync("https://paused-fetch.example.org/feed");
        await app.Client.PostAsync($"/api/sources/{id}/pause", null);

        var problem = await IsProblemAsync(await app.Client.PostAsync($"/api/sources/{id}/fetch-now", null), HttpStatusCode.Conflict);

        Assert.Contains("resume", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_removed_source_is_gone()
    {
        var id = await AddAsync("https://remove.example.org/feed");

        var removed = await app.Client.DeleteAsync($"/api/sources/{id}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"/api/sources/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("DELETE", "/api/sources/987654")]
    [InlineData("POST", "/api/sources/987654/pause")]
    [InlineData("POST", "/api/sources/987654/resume")]
    [InlineData("POST", "/api/sources/987654/fetch-now")]
    [InlineData("GET", "/api/sources/987654/fetches")]
    public async Task Operations_on_an_unknown_source_give_404(string method, string path)
    {
        var response = await app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<long> AddAsync(string url) =>
        (await ReadAsync(await app.Client.PostAsJsonAsync("/api/sources", new { url }))).GetProperty("id").GetInt64();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
