using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Watchdog.EndToEnd.Tests.Web.Browser;

namespace Watchdog.EndToEnd.Tests.Web.Pages;

/// <summary>
/// axe-core on every page the dashboard serves (each embedded page, found by <see cref="DashboardPageList"/>), in
/// English and Russian, once its data has loaded: no serious or critical violation.
/// </summary>
public sealed class AccessibilityBrowserTests(WebAppFixture app, ChromiumSession chromium)
    : IClassFixture<WebAppFixture>, IClassFixture<ChromiumSession>
{
    /// <summary>axe's impacts that fail the test; "minor" and "moderate" ones are reported by axe but not gated.</summary>
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Fact]
    public void The_pages_include_the_overview_and_the_reports_and_admin_pages()
    {
        Assert.Superset(new HashSet<string>(["index", "reports", "admin"]), DashboardPageList.Names().ToHashSet());
    }

    [Theory]
    [MemberData(nameof(DashboardPageList.All), MemberType = typeof(DashboardPageList))]
    public Task The_page_in_English_has_no_serious_accessibility_violation(string page) => CheckAsync(page, "en-GB");

    [Theory]
    [MemberData(nameof(DashboardPageList.All), MemberType = typeof(DashboardPageList))]
    public Task The_page_in_Russian_has_no_serious_accessibility_violation(string page) => CheckAsync(page, "ru-RU");

    private async Task CheckAsync(string page, string locale)
    {
        var (context, tab) = await chromium.OpenPageAsync(app.BaseUri, locale);
        try
        {
            await tab.GotoAsync(DashboardPageList.PathOf(page, app.Corpus), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            // The texts are in (shell.js names the overview's link "index" until they are).
            await Assertions.Expect(tab.Locator(".topbar nav.pages a").First).Not.ToHaveTextAsync("index");
            var result = await tab.RunAxe();

            var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
            Assert.True(blocking.Count == 0, $"{page} ({locale}):\n" + string.Join("\n", blocking.Select(Describe)));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact} {violation.Id}: {violation.Help} — " + string.Join("; ", violation.Nodes.Take(5).Select(n => n.Html));
}
