using Microsoft.Playwright;
using Watchdog.Analysis.Languages;
using Watchdog.EndToEnd.Tests.Web.Browser;
using Watchdog.Watch.Alerts;
using static Watchdog.EndToEnd.Tests.Web.Watch.WatchApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Watch;

/// <summary>The dashboard's alerts panel, standing queries list and "Check a query" box in a real browser.</summary>
public sealed class WatchDashboardBrowserTests(WebAppFixture app, ChromiumSession chromium)
    : IClassFixture<WebAppFixture>, IClassFixture<ChromiumSession>, IAsyncLifetime
{
    /// <summary>The first check of a text without a language loads the language detector's models, which alone can take several seconds.</summary>
    private const float UiTimeoutMs = ChromiumSession.UiTimeoutMs;

    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private string _queryName = null!;

    public async Task InitializeAsync()
    {
        _queryName = UniqueName("Almaty");
        await CreateQueryAsync(app.Client, _queryName, "Алматы AND lang:kk");
        var watcher = app.Service<ArticleWatcher>();
        await watcher.ReloadAsync(CancellationToken.None);
        foreach (var article in app.Corpus.Articles) await watcher.ProcessAsync(article, CancellationToken.None);

        // The service loads the language models at start (LanguageModelWarmup, with the workers); this fixture runs
        // without workers, and a cold load on a busy CI machine took longer than the UI timeout.
        LanguageDetector.Default.Detect("Кеше Алматыда жаңа саябақ ашылды.");

        (_context, _page) = await chromium.OpenPageAsync(app.BaseUri);
        await _page.GotoAsync("/");
    }

    public Task DisposeAsync() => _context.CloseAsync();

    [Fact]
    public async Task Alerts_show_the_highlighted_passage_and_link_to_the_article()
    {
        var alerts = _page.Locator("#alerts .alert").Filter(new() { HasText = _queryName });
        await alerts.First.WaitForAsync();

        var href = await alerts.First.Locator(".alert-head a").GetAttributeAsync("href");
        Assert.Contains(app.Corpus.Articles, a => a.Url.AbsoluteUri == href);
        Assert.StartsWith("Алматы", await alerts.First.Locator(".snippet mark").First.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Marking_an_alert_read_removes_its_unread_highlight()
    {
        var alert = _page.Locator("#alerts .alert.unread").Filter(new() { HasText = _queryName }).First;
        var id = await alert.GetAttributeAsync("data-id");

        await alert.GetByRole(AriaRole.Button, new() { Name = "Mark read" }).ClickAsync();

        await Assertions.Expect(_page.Locator($"#alerts .alert[data-id='{id}']")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("unread"), new() { Timeout = UiTimeoutMs });
    }

    [Fact]
    public async Task Standing_queries_are_listed_with_their_text()
    {
        var item = _page.Locator("#queries li").Filter(new() { HasText = _queryName });

        await Assertions.Expect(item.Locator(".query-text")).ToHaveTextAsync("Алматы AND lang:kk", new() { Timeout = UiTimeoutMs });
    }

    [Fact]
    public async Task Checking_a_query_shows_that_it_matches_and_the_highlighted_word()
    {
        await _page.FillAsync("#check-query", "Алматы");
        await _page.FillAsync("#check-text", "Кеше Алматыда жаңа саябақ ашылды.");
        await _page.ClickAsync("#check-form button[type=submit]");

        await Assertions.Expect(_page.Locator("#check-result .verdict .badge")).ToHaveTextAsync("Matches", new() { Timeout = UiTimeoutMs });
        Assert.Equal("Алматыда", await _page.Locator("#check-result .passages mark").First.InnerTextAsync());
    }

    [Fact]
    public async Task Checking_an_invalid_query_points_at_the_position()
    {
        await _page.FillAsync("#check-query", "(Алматы OR");
        await _page.FillAsync("#check-text", "Алматыда");
        await _page.ClickAsync("#check-form button[type=submit]");

        await Assertions.Expect(_page.Locator("#check-result .status.error")).ToContainTextAsync("at character 11", new() { Timeout = UiTimeoutMs });
        Assert.EndsWith(new string(' ', 10) + "^", await _page.Locator("#check-result .query-caret").InnerTextAsync(), StringComparison.Ordinal);
    }
}
