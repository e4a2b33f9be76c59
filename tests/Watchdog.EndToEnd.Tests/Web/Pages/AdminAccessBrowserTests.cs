using Microsoft.Playwright;
using Watchdog.EndToEnd.Tests.Web.Browser;
using Watchdog.EndToEnd.Tests.Web.Governance;

namespace Watchdog.EndToEnd.Tests.Web.Pages;

/// <summary>The Administration page with tokens on: a viewer is told it is for admins only; an admin gets the sections and the link.</summary>
public sealed class AdminAccessBrowserTests(AuthWebAppFixture app, ChromiumSession chromium)
    : IClassFixture<AuthWebAppFixture>, IClassFixture<ChromiumSession>
{
    [Fact]
    public Task A_viewer_is_told_the_page_is_for_admins_only() => AsAsync(app.ViewerToken, async page =>
    {
        await Assertions.Expect(page.Locator("#admin-denied")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#admin-denied")).ToContainTextAsync("admins only");
        await Assertions.Expect(page.Locator("#admin-content")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".topbar a[href='/admin']")).ToBeHiddenAsync();
    });

    [Fact]
    public Task An_admin_gets_the_sections_and_the_link() => AsAsync(app.AdminToken, async page =>
    {
        await Assertions.Expect(page.Locator("#admin-content")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#users-body tr").Filter(new() { HasText = AuthWebAppFixture.ViewerName })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".topbar a[href='/admin']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#admin-denied")).ToBeHiddenAsync();
    });

    private async Task AsAsync(string token, Func<IPage, Task> check)
    {
        var (context, page) = await chromium.OpenPageAsync(app.BaseUri);
        try
        {
            await context.AddInitScriptAsync($"sessionStorage.setItem('watchdog.token', '{token}')");
            await page.GotoAsync("/admin");
            await check(page);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
