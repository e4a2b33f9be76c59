using Microsoft.Playwright;

namespace Watchdog.EndToEnd.Tests.Web.Browser;

/// <summary>The dashboard's search box takes the query language and, for a query it cannot parse, says why and points at where.</summary>
public sealed class SearchQueryErrorBrowserTests(WebAppFixture app, ChromiumSession chromium)
    : IClassFixture<WebAppFixture>, IClassFixture<ChromiumSession>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_context, _page) = await chromium.OpenPageAsync(app.BaseUri);
        await _page.GotoAsync("/");
    }

    public Task DisposeAsync() => _context.CloseAsync();

    [Fact]
    public async Task An_invalid_query_shows_the_error_with_a_caret_and_selects_the_character()
    {
        await _page.FillAsync("#q", "(Almaty OR court");
        await _page.ClickAsync("#search-form button[type=submit]");

        await Assertions.Expect(_page.Locator("#search-status.error")).ToContainTextAsync("expected ')' at 16");
        await Assertions.Expect(_page.Locator("#search-caret")).ToBeVisibleAsync();
        Assert.Equal("(Almaty OR court\n" + new string(' ', 16) + "^", await _page.Locator("#search-caret").TextContentAsync());
        Assert.Equal(16, await _page.EvalOnSelectorAsync<int>("#q", "box => box.selectionStart"));
        Assert.Equal(0, await _page.Locator("#results .result").CountAsync());
    }

    [Fact]
    public async Task A_query_with_operators_and_fields_shows_results_and_clears_an_earlier_error()
    {
        await _page.FillAsync("#q", "title:(court*");
        await _page.ClickAsync("#search-form button[type=submit]");
        await Assertions.Expect(_page.Locator("#search-caret")).ToBeVisibleAsync();

        await _page.FillAsync("#q", "title:court* -appeal");
        await _page.PressAsync("#q", "Enter");
        await _page.Locator("#results .result").First.WaitForAsync();

        Assert.False(await _page.Locator("#search-caret").IsVisibleAsync());
        var titles = await _page.Locator("#results .result h3").AllInnerTextsAsync();
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.DoesNotContain("Appeal", t, StringComparison.Ordinal));
        Assert.NotEmpty(await _page.Locator("#results .result h3 mark").AllInnerTextsAsync());
    }
}
