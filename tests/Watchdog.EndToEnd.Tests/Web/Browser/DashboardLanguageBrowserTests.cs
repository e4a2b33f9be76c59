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
    public async Task A_Russian_browser_gets_the_dashboard_in_Russian()
    {
        var (context, page) = await chromium.OpenPageAsync(app.BaseUri, "ru-RU");
        try
        {
            await page.GotoAsync("/");

            await Assertions.Expect(page.Locator("#search-heading")).ToHaveTextAsync("Поиск по собранным статьям");
            await Assertions.Expect(page.Locator("#sources-heading")).ToHaveTextAsync("Источники");
            await Assertions.Expect(page.Locator("#alerts-heading")).ToHaveTextAsync("Оповещения");
            Assert.Equal("ru", await page.Locator("html").GetAttributeAsync("lang"));
            // Texts the scripts write follow too: the sources summary counts in Russian.
            await Assertions.Expect(page.Locator("#sources-summary")).ToContainTextAsync("отслеживается:");
            Assert.Equal("ru", await page.Locator("#ui-language").InputValueAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_browser_in_a_language_the_dashboard_does_not_speak_gets_English()
    {
        var (context, page) = await chromium.OpenPageAsync(app.BaseUri, "de-DE");
        try
        {
            await page.GotoAsync("/");

            await Assertions.Expect(page.Locator("#sources-summary")).ToContainTextAsync("watched");
            await Assertions.Expect(page.Locator("#search-heading")).ToHaveTextAsync("Search collected articles");
            Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_switcher_turns_the_dashboard_Kazakh_and_remembers_it()
    {
        var (context, page) = await chromium.OpenPageAsync(app.BaseUri, "ru-RU");
        try
        {
            await page.GotoAsync("/");
            await Assertions.Expect(page.Locator("#search-heading")).ToHaveTextAsync("Поиск по собранным статьям");

            await page.SelectOptionAsync("#ui-language", "kk");

            await Assertions.Expect(page.Locator("#search-heading")).ToHaveTextAsync("Жиналған мақалалардан іздеу");
            await Assertions.Expect(page.Locator("#sources-summary")).ToContainTextAsync("бақылауда:");
            Assert.Equal("kk", await page.Locator("html").GetAttributeAsync("lang"));

            await page.ReloadAsync();
            await Assertions.Expect(page.Locator("#latest-heading")).ToHaveTextAsync("Соңғы мақалалар");
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
