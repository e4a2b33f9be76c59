using Microsoft.Playwright;

namespace Watchdog.EndToEnd.Tests.Web.Browser;

/// <summary>
/// The dashboard speaks the browser's language (Russian, Kazakh, English; English for any other), and the switcher in
/// the top bar changes it and is remembered.
/// </summary>
public sealed class DashboardLanguageBrowserTests(WebAppFixture app, ChromiumSession chromium)
    : IClassFixture<WebAppFixture>, IClassFixture<ChromiumSession>
{
    [Fact]
    public Task A_Russian_browser_gets_the_dashboard_in_Russian() => OnDashboardAsync("ru-RU", async page =>
    {
        await Assertions.Expect(page.Locator("#search-heading")).ToHaveTextAsync("Поиск по собранным статьям");
        await Assertions.Expect(page.Locator("#sources-heading")).ToHaveTextAsync("Источники");
        await Assertions.Expect(page.Locator("#alerts-heading")).ToHaveTextAsync("Оповещения");
        Assert.Equal("ru", await page.Locator("html").GetAttributeAsync("lang"));
        // Texts the scripts write follow too: the sources summary counts in Russian.
        await Assertions.Expect(page.Locator("#sources-summary")).ToContainTextAsync("отслеживается:");
        Assert.Equal("ru", await page.Locator("#ui-language").InputValueAsync());
    });

    [Fact]
    public Task A_browser_in_a_language_the_dashboard_does_not_speak_gets_English() => OnDashboardAsync("de-DE", async page =>
    {
        await Assertions.Expect(page.Locator("#sources-summary")).ToContainTextAsync("watched");
        await Assertions.Expect(page.Locator("#search-heading")).ToHaveTextAsync("Search collected articles");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    });

    [Fact]
    public Task The_switcher_turns_the_dashboard_Kazakh_and_remembers_it() => OnDashboardAsync("ru-RU", async page =>
    {
        await Assertions.Expect(page.Locator("#search-heading")).ToHaveTextAsync("Поиск по собранным статьям");

        await page.SelectOptionAsync("#ui-language", "kk");

        await Assertions.Expect(page.Locator("#search-heading")).ToHaveTextAsync("Жиналған мақалалардан іздеу");
        await Assertions.Expect(page.Locator("#sources-summary")).ToContainTextAsync("бақылауда:");
        Assert.Equal("kk", await page.Locator("html").GetAttributeAsync("lang"));

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#latest-heading")).ToHaveTextAsync("Соңғы мақалалар");
    });

    // Headless chromium's --lang and some embedded browsers change the Accept-Language they send but not the
    // navigator.languages scripts see: the server's choice must win over the script's.
    [Fact]
    public async Task A_browser_that_asks_for_Russian_only_in_its_header_gets_Russian()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUri.AbsoluteUri,
            // No Locale: Playwright would send it as Accept-Language over this header; navigator.languages stays en-US.
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "ru-RU,ru;q=0.9" },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        await Assertions.Expect(page.Locator("#search-heading")).ToHaveTextAsync("Поиск по собранным статьям");
        await Assertions.Expect(page.Locator("nav.pages a[aria-current=page]")).ToHaveTextAsync("Обзор");
        Assert.StartsWith("en", await page.EvaluateAsync<string>("navigator.language"), StringComparison.Ordinal);
    }

    /// <summary>Opens the dashboard in a fresh browser set to <paramref name="locale"/> and runs <paramref name="check"/> on it.</summary>
    private async Task OnDashboardAsync(string locale, Func<IPage, Task> check)
    {
        var (context, page) = await chromium.OpenPageAsync(app.BaseUri, locale);
        try
        {
            await page.GotoAsync("/");
            await check(page);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
