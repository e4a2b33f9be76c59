using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Watchdog.SampleWeb;
using Watchdog.SampleWeb.Content;
using Watchdog.Testing;
using Watchdog.Web;

namespace Watchdog.EndToEnd.Tests.Web;

/// <summary>
/// The web app with its workers running against the sample web: a source added through the REST API is polled, its
/// articles become searchable through the API, and an article published later shows up after "fetch now".
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class LiveServiceTests : IAsyncLifetime
{
    /// <summary>Generous for a loaded 2-core machine; the sample web is ingested in a second or two.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private readonly SampleWebServer _web = new();
    private readonly string _dataFolder = TestPaths.NewTempFolder("watchdog-live");
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _web.StartAsync(CancellationToken.None);
        _app = WatchdogWebApp.Build(["--urls", "http://127.0.0.1:0"], new WebAppSettings
        {
            Announce = new StringWriter(new StringBuilder()),
            ConfigOverrides = new Dictionary<string, string?>
            {
                ["Watchdog:DataFolder"] = _dataFolder,
                ["Watchdog:Auth:Required"] = "false",
                ["Watchdog:Fetcher:AllowLoopback"] = "true",
                ["Watchdog:Fetcher:PerHostDelay"] = "0s",
                ["Watchdog:Pipeline:PollInterval"] = "200ms",
            },
        });
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _web.DisposeAsync();
    }

    [Fact]
    public async Task A_source_added_through_the_api_becomes_searchable_and_later_articles_arrive_after_fetch_now()
    {
        var feed = _web.Site(SampleSites.PressFreedomBlog).Url("/feed.json");
        var added = await _client.PostAsJsonAsync("/api/sources", new { url = feed.AbsoluteUri, every = "1h" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var sourceId = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();

        var firstHits = await WaitForHitsAsync("q=defamation");
        Assert.Contains("<mark>", firstHits[0].GetProperty("snippet").GetString() + firstHits[0].GetProperty("highlightedTitle").GetString(), StringComparison.Ordinal);

        _web.PublishArticle(SampleSites.PressFreedomBlog, new SampleArticle
        {
            Slug = "printing-house-raid",
            Title = "Alert: police search a printing house in Taraz",
            Author = "Test Desk",
            PublishedAt = DateTimeOffset.UtcNow,
            Summary = "Officers seized the print run of an opposition weekly.",
            Paragraphs =
            [
                "Police in Taraz searched a printing house on Wednesday and seized the entire print run of an independent weekly, the newspaper's editor said.",
                "The officers did not show a court order. The weekly had planned to publish an investigation into the city's water utility and its tariffs.",
                "Open Press Watch calls on the prosecutor's office to return the copies and to explain the legal basis of the search.",
            ],
        });
        Assert.Equal(HttpStatusCode.Accepted, (await _client.PostAsync($"/api/sources/{sourceId}/fetch-now", null)).StatusCode);

        var newHits = await WaitForHitsAsync("q=Taraz");
        Assert.Equal("Alert: police search a printing house in Taraz", newHits[0].GetProperty("title").GetString());
    }

    private async Task<List<JsonElement>> WaitForHitsAsync(string query)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var result = JsonDocument.Parse(await _client.GetStringAsync($"/api/search?{query}")).RootElement;
            var hits = result.GetProperty("hits").EnumerateArray().ToList();
            if (hits.Count > 0) return hits;
            if (DateTime.UtcNow > deadline) Assert.Fail($"nothing found for {query} within {Patience}");
            await Task.Delay(200);
        }
    }
}
