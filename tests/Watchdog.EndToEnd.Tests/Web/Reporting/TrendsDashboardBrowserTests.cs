using Microsoft.Playwright;
using Watchdog.EndToEnd.Tests.Web.Browser;

namespace Watchdog.EndToEnd.Tests.Web.Reporting;

/// <summary>The dashboard's trends and stories panels in a real browser, following the search box.</summary>
public sealed class TrendsDashboardBrowserTests(ReportingWebAppFixture app, ChromiumSession chromium)
    : IClassFixture<ReportingWebAppFixture>, IClassFixture<ChromiumSession>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_context, _page) = await chromium.OpenPageAsync(app.BaseUri);
        await _page.SetViewportSizeAsync(1280, 1000);
        await _page.GotoAsync("/");
    }

    public Task DisposeAsync() => _context.CloseAsync();

    [Fact]
    public async Task Searching_shows_the_volume_chart_the_burst_and_the_story_of_the_event()
    {
        await _page.FillAsync("#q", ReportingWebAppFixture.Topic);
        await _page.PressAsync("#q", "Enter");

        var chart = _page.Locator("#trends-chart");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        await _page.WaitForFunctionAsync("() => document.getElementById('trends-chart').naturalWidth > 0");
        await Assertions.Expect(_page.Locator("#trends-summary")).ToContainTextAsync("articles in the last 30 days");
        await Assertions.Expect(_page.Locator("#trends-bursts li .burst-when")).ToHaveCountAsync(1);
        await Assertions.Expect(_page.Locator("#trends-sources li").First).ToContainTextAsync("Irtysh Desk");
        // The story's timeline starts with the first report of the flood.
        var story = _page.Locator("#stories .story", new() { HasTextString = app.Flood[0].Title });
        await Assertions.Expect(story).ToContainTextAsync($" {ReportingWebAppFixture.EventArticles} articles");
        await Assertions.Expect(story.Locator(".story-role").First).ToHaveTextAsync("first");
        await Assertions.Expect(story.Locator(".story-articles a").First).ToHaveTextAsync(app.Flood[0].Title);
        await Assertions.Expect(_page.Locator("#story-sources-summary")).ToContainTextAsync("reported by several sources");
    }

    [Fact]
    public async Task Searching_shows_the_share_of_each_tone_for_the_period_per_day_and_per_source()
    {
        await _page.FillAsync("#q", ReportingWebAppFixture.Topic);
        await _page.PressAsync("#q", "Enter");

        var tagged = app.TopicArticles.Count(a => a.Tone is not null && a.PublishedAt >= DateTimeOffset.UtcNow.Date.AddDays(-29));
        await Assertions.Expect(_page.Locator("#tone-summary")).ToContainTextAsync($"of {tagged} tagged");
        await Assertions.Expect(_page.Locator("#tone-overall")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Whole period: .*positive"));
        Assert.True(await _page.Locator("#tone-periods .tone-bar").CountAsync() >= 2);
        await Assertions.Expect(_page.Locator("#tone-sources li").First).ToContainTextAsync("Irtysh Desk");
        await Assertions.Expect(_page.Locator("#stories .story .story-tone").First).ToContainTextAsync("tone:");
    }

    [Fact]
    public async Task Export_and_report_buttons_download_files_for_the_current_search()
    {
        await _page.FillAsync("#q", ReportingWebAppFixture.Topic);
        await _page.PressAsync("#q", "Enter");
        await Assertions.Expect(_page.Locator("#search-tools")).ToBeVisibleAsync();

        var download = await _page.RunAndWaitForDownloadAsync(() => _page.ClickAsync("#search-tools [data-export=csv]"));

        Assert.Equal($"watchdog-export-{DateTimeOffset.UtcNow:yyyy-MM-dd}.csv", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains(app.Flood[0].Title, text, StringComparison.Ordinal);
    }
}
