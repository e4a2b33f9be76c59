using System.Text.Json;
using Microsoft.Playwright;
using Watchdog.EndToEnd.Tests.Web.Browser;

namespace Watchdog.EndToEnd.Tests.Web.Pages;

/// <summary>The Reports page: build a report and read it in the page, list the scheduled reports and send one now.</summary>
public sealed class ReportsPageBrowserTests(ReportScheduleWebAppFixture app, ChromiumSession chromium)
    : IClassFixture<ReportScheduleWebAppFixture>, IClassFixture<ChromiumSession>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_context, _page) = await chromium.OpenPageAsync(app.BaseUri);
        await _page.GotoAsync("/reports");
    }

    public Task DisposeAsync() => _context.CloseAsync();

    [Fact]
    public async Task An_HTML_report_is_built_shown_in_the_page_and_offered_to_save()
    {
        await _page.FillAsync("#report-title", "Universities");
        await _page.FillAsync("#report-queries", "университет\nАлматы");
        await _page.ClickAsync("#report-build");

        await Assertions.Expect(_page.Locator("#report-status")).ToContainTextAsync("Ready", new() { Timeout = ChromiumSession.UiTimeoutMs });
        var preview = _page.FrameLocator("#report-preview");
        await Assertions.Expect(preview.Locator("h1")).ToContainTextAsync("Universities");
        await Assertions.Expect(preview.Locator("body")).ToContainTextAsync("Алматы");
        Assert.EndsWith(".html", await _page.Locator("#report-link").GetAttributeAsync("download"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_with_queries_opens_the_page_with_the_report_built()
    {
        await _page.GotoAsync("/reports?q=университет&q=Алматы&title=Linked");

        // The page's script fills the field from the address after load: wait for it rather than read it at once.
        await Assertions.Expect(_page.Locator("#report-queries")).ToHaveValueAsync("университет\nАлматы", new() { Timeout = ChromiumSession.UiTimeoutMs });
        await Assertions.Expect(_page.FrameLocator("#report-preview").Locator("h1")).ToContainTextAsync("Linked", new() { Timeout = ChromiumSession.UiTimeoutMs });
    }

    [Fact]
    public async Task A_query_that_cannot_be_parsed_is_explained_instead_of_a_report()
    {
        await _page.FillAsync("#report-queries", "\"unclosed");
        await _page.ClickAsync("#report-build");

        await Assertions.Expect(_page.Locator("#report-status.error")).ToContainTextAsync("cannot be made", new() { Timeout = ChromiumSession.UiTimeoutMs });
        await Assertions.Expect(_page.Locator("#report-preview")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_period_defaults_to_the_last_30_days()
    {
        // The page's script fills the dates after load: wait for it rather than read an empty field.
        var date = new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}-\d{2}$");
        await Assertions.Expect(_page.Locator("#report-from")).ToHaveValueAsync(date, new() { Timeout = ChromiumSession.UiTimeoutMs });
        await Assertions.Expect(_page.Locator("#report-to")).ToHaveValueAsync(date, new() { Timeout = ChromiumSession.UiTimeoutMs });
        var from = DateOnly.Parse(await _page.InputValueAsync("#report-from"), System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(await _page.InputValueAsync("#report-to"), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(30, to.DayNumber - from.DayNumber);
        Assert.InRange(to, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)));
    }

    [Fact]
    public async Task Scheduled_reports_are_listed_and_one_is_sent_now()
    {
        var row = _page.Locator("#schedules-body tr").Filter(new() { HasText = ReportScheduleWebAppFixture.ReportTitle });
        await Assertions.Expect(row).ToContainTextAsync("Every Friday at 06:30");
        await Assertions.Expect(row).ToContainTextAsync(ReportScheduleWebAppFixture.Query);
        await Assertions.Expect(row).ToContainTextAsync("a webhook");
        var before = app.Hooks.Count;

        await row.GetByRole(AriaRole.Button, new() { Name = $"Send {ReportScheduleWebAppFixture.ReportTitle} now" }).ClickAsync();

        await Assertions.Expect(row).ToContainTextAsync("Sent to 1 recipient.", new() { Timeout = ChromiumSession.UiTimeoutMs });
        Assert.Equal(before + 1, app.Hooks.Count);
    }

    [Fact]
    public async Task The_schedules_API_lists_the_schedule_and_answers_404_for_an_unknown_name()
    {
        using var response = await app.Client.PostAsync("/api/reports/schedules/no-such-report/send", null);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);

        using var list = JsonDocument.Parse(await app.Client.GetStringAsync("/api/reports/schedules"));
        var report = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal("weekly", report.GetProperty("every").GetString());
        Assert.Equal("friday", report.GetProperty("day").GetString());
        Assert.True(report.GetProperty("webhook").GetBoolean());
    }

    [Fact]
    public async Task The_page_speaks_Russian_to_a_Russian_browser()
    {
        var (context, page) = await chromium.OpenPageAsync(app.BaseUri, "ru-RU");
        try
        {
            await page.GotoAsync("/reports");
            await Assertions.Expect(page.Locator("#build-heading")).ToHaveTextAsync("Составить отчёт");
            await Assertions.Expect(page.Locator("#schedules-summary")).ToHaveTextAsync("1 отчёт по расписанию");
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
