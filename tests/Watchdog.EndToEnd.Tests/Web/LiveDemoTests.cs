using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Watchdog.SampleWeb;
using Watchdog.Testing;
using Watchdog.Web;

namespace Watchdog.EndToEnd.Tests.Web;

/// <summary>
/// <c>watchdog up --demo</c> in an empty data folder, with the sample web publishing every second instead of every ten:
/// alerts arrive and a story of two or more articles forms without anything set up by hand; a restart adds no second
/// copy of the demo's watchlist and queries.
/// </summary>
public sealed class LiveDemoTests : IDisposable
{
    /// <summary>Generous for a loaded 2-core machine; on an idle one both appear within about ten seconds.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(50);

    private readonly string _dataFolder = TestPaths.NewTempFolder("watchdog-demo");

    [Fact]
    public async Task A_new_demo_raises_alerts_and_forms_a_multi_article_story_and_a_restart_adds_nothing_twice()
    {
        var basePort = FreeDemoBasePort();
        await using (var app = await StartAsync(basePort))
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var alerts = await WaitForAsync(client, "/api/alerts", json => json.GetProperty("total").GetInt32() > 0);
            Assert.All(alerts.GetProperty("alerts").EnumerateArray(), a => Assert.StartsWith("Demo: ", a.GetProperty("queryName").GetString(), StringComparison.Ordinal));
            // Waits for the story the test is about (one told in two languages), not for any story of two articles: a
            // one-language story can form first, and the assertion then raced the cross-language one.
            var stories = await WaitForAsync(client, "/api/stories", json => json.GetProperty("stories").EnumerateArray().Any(IsMultilingualStory));
            Assert.Contains(stories.GetProperty("stories").EnumerateArray(), IsMultilingualStory);
            await app.StopAsync();
        }

        await using (var again = await StartAsync(basePort))
        {
            using var client = new HttpClient { BaseAddress = new Uri(again.Urls.First()) };
            var queries = JsonDocument.Parse(await client.GetStringAsync("/api/queries")).RootElement;
            Assert.Equal(3, queries.GetArrayLength());
            var watchlists = JsonDocument.Parse(await client.GetStringAsync("/api/watchlists")).RootElement;
            Assert.Equal(1, watchlists.EnumerateArray().Count(w => w.GetProperty("name").GetString() == "demo-officials"));
            await again.StopAsync();
        }
    }

    private static bool IsMultilingualStory(JsonElement story) =>
        story.GetProperty("size").GetInt32() >= 2 && story.GetProperty("languages").GetArrayLength() >= 2;

    private async Task<WebApplication> StartAsync(int basePort)
    {
        var app = WatchdogWebApp.Build(["--urls", "http://127.0.0.1:0"], new WebAppSettings
        {
            Demo = true,
            Announce = new StringWriter(new StringBuilder()),
            ConfigOverrides = new Dictionary<string, string?>
            {
                ["Watchdog:DataFolder"] = _dataFolder,
                ["Watchdog:DemoWeb:Port"] = basePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Watchdog:DemoWeb:PublishEvery"] = "1s",
                ["Watchdog:DemoWeb:SourceInterval"] = "3s",
                ["Watchdog:Fetcher:PerHostDelay"] = "0s",
                ["Watchdog:Pipeline:PollInterval"] = "200ms",
            },
        });
        await app.StartAsync();
        return app;
    }

    private static async Task<JsonElement> WaitForAsync(HttpClient client, string path, Func<JsonElement, bool> done)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var json = JsonDocument.Parse(await client.GetStringAsync(path)).RootElement;
            if (done(json)) return json;
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"{path} did not show it within {Patience.TotalSeconds:0} s: {json.ToString()[..Math.Min(500, json.ToString().Length)]}");
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>The demo takes ten ports from its base (see <see cref="DemoPorts"/>); a base whose ports are all free, away from 5081.</summary>
    private static int FreeDemoBasePort()
    {
        for (var basePort = 21000 + Random.Shared.Next(0, 400) * 10; basePort < 40000; basePort += 10)
        {
            if (DemoPorts.FirstInUse(basePort) is null) return basePort;
        }
        throw new InvalidOperationException("No ten free ports between 21000 and 40000.");
    }

    public void Dispose() => TestPaths.DeleteQuietly(_dataFolder);
}
