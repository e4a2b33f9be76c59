using Microsoft.Playwright;
using Watchdog.EndToEnd.Tests.Web.Browser;

namespace Watchdog.EndToEnd.Tests.Web.Governance;

/// <summary>The dashboard of an app that asks for tokens: it asks once, keeps the token for the tab, and shows who is signed in.</summary>
public sealed class SignInBrowserTests(AuthWebAppFixture app, ChromiumSession chromium)
    : IClassFixture<AuthWebAppFixture>, IClassFixture<ChromiumSession>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_context, _page) = await chromium.OpenPageAsync(app.BaseUri);
    }

    public Task DisposeAsync() => _context.CloseAsync();

    [Fact]
    public async Task The_dashboard_asks_for_a_token_and_then_shows_the_data_and_who_is_signed_in()
    {
        await _page.GotoAsync("/");

        var dialog = _page.Locator("#token-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await _page.FillAsync("#token-input", app.ViewerToken);
        await _page.ClickAsync("#token-dialog button[type=submit]");

        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(_page.Locator("#sources-body tr").Filter(new() { HasText = "Городской вестник" })).ToHaveCountAsync(1);
        await Assertions.Expect(_page.Locator("#who")).ToHaveTextAsync($"{AuthWebAppFixture.ViewerName} · viewer");
        Assert.Equal(app.ViewerToken, await _page.EvaluateAsync<string>("sessionStorage.getItem('watchdog.token')"));

        // The token lasts for the tab: a reload asks for nothing.
        await _page.ReloadAsync();
        await Assertions.Expect(_page.Locator("#who")).ToHaveTextAsync($"{AuthWebAppFixture.ViewerName} · viewer");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Cancelling_leaves_the_panels_saying_a_token_is_needed()
    {
        await _page.GotoAsync("/");

        await Assertions.Expect(_page.Locator("#token-dialog")).ToBeVisibleAsync();
        await _page.ClickAsync("#token-cancel");

        await Assertions.Expect(_page.Locator("#sources-body")).ToContainTextAsync("Authentication is required");
        await Assertions.Expect(_page.Locator("#token-dialog")).ToBeHiddenAsync();
    }
}
