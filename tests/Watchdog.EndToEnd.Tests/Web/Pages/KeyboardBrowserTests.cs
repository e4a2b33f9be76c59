using Microsoft.Playwright;
using Watchdog.EndToEnd.Tests.Web.Browser;

namespace Watchdog.EndToEnd.Tests.Web.Pages;

/// <summary>
/// The dashboard with the keyboard alone: the skip link comes first and jumps past the top bar, Tab walks the top bar
/// in reading order with a visible focus ring, and the token dialog keeps focus inside, closes on Escape and gives
/// focus back to the control that opened it.
/// </summary>
public sealed class KeyboardBrowserTests(WebAppFixture app, ChromiumSession chromium)
    : IClassFixture<WebAppFixture>, IClassFixture<ChromiumSession>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_context, _page) = await chromium.OpenPageAsync(app.BaseUri);
    }

    public Task DisposeAsync() => _context.CloseAsync();

    [Theory]
    [InlineData("/reports", "report-title")]
    [InlineData("/admin", "#users-heading")]
    [InlineData("/", "q")]
    public async Task The_skip_link_comes_first_is_visible_when_focused_and_jumps_to_the_content(string path, string firstControl)
    {
        await OpenAsync(path);

        await _page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await FocusedAsync("el => el.className"));
        var box = await _page.Locator(".skip-link").BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0 }, "the focused skip link is on screen");

        await _page.Keyboard.PressAsync("Enter");
        await _page.Keyboard.PressAsync("Tab");
        // The first control of the page's content, past the whole top bar (the admin page's is its first section link).
        Assert.Equal(firstControl, await FocusedAsync("el => el.closest('main') ? (el.getAttribute('href') ?? el.id) : 'outside main'"));
    }

    [Fact]
    public async Task Tab_walks_the_top_bar_in_reading_order_with_a_visible_focus_ring()
    {
        await OpenAsync("/reports");

        var walked = new List<string>();
        await _page.Keyboard.PressAsync("Tab");
        for (var i = 0; i < 14; i++)
        {
            await _page.Keyboard.PressAsync("Tab");
            var (name, outline) = await FocusedStyleAsync();
            Assert.True(outline != "none", $"{name} has no visible focus ring");
            walked.Add(name);
            if (name == "select#ui-language") break;
        }

        Assert.Equal(["a:/", "a:/", "a:/reports", "a:/admin", "button#token-button", "select#ui-language"],
            walked.Where(w => w is "a:/" or "a:/reports" or "a:/admin" or "button#token-button" or "select#ui-language"));
    }

    [Fact]
    public async Task The_token_dialog_keeps_focus_inside_closes_on_Escape_and_gives_focus_back()
    {
        await OpenAsync("/reports");
        await _page.FocusAsync("#token-button");

        await _page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(_page.Locator("#token-dialog")).ToBeVisibleAsync();
        for (var i = 0; i < 6; i++)
        {
            Assert.True(await _page.EvaluateAsync<bool>("document.activeElement.closest('#token-dialog') !== null"), $"focus left the dialog after {i} Tabs");
            await _page.Keyboard.PressAsync("Tab");
        }

        await _page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(_page.Locator("#token-dialog")).ToBeHiddenAsync();
        Assert.Equal("token-button", await FocusedAsync("el => el.id"));
    }

    [Fact]
    public async Task The_new_token_dialog_on_the_admin_page_closes_on_Escape_and_gives_focus_back()
    {
        await OpenAsync("/admin");
        await _page.FocusAsync("#user-name");
        await _page.Keyboard.TypeAsync("keyboard-kairat");
        await _page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(_page.Locator("#token-shown")).ToBeVisibleAsync();
        Assert.Equal("token-shown-value", await FocusedAsync("el => el.id"));

        await _page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(_page.Locator("#token-shown")).ToBeHiddenAsync();
        Assert.Equal("submit", await FocusedAsync("el => el.type"));
        Assert.True(await _page.EvaluateAsync<bool>("document.activeElement.closest('#user-form') !== null"));
    }

    private async Task OpenAsync(string path)
    {
        await _page.GotoAsync(path);
        await Assertions.Expect(_page.Locator(".topbar nav.pages a").First).Not.ToHaveTextAsync("index");
        // auth.js has asked who is calling and shown the admin link.
        await Assertions.Expect(_page.Locator(".topbar a[href='/admin']")).ToBeVisibleAsync();
    }

    private Task<string> FocusedAsync(string expression) => _page.EvaluateAsync<string>($"({expression})(document.activeElement)");

    private async Task<(string Name, string Outline)> FocusedStyleAsync()
    {
        var described = await _page.EvaluateAsync<string[]>(
            "(() => { const el = document.activeElement; const name = el.tagName === 'A' ? 'a:' + el.getAttribute('href') : el.tagName.toLowerCase() + '#' + el.id;"
            + " return [name, getComputedStyle(el).outlineStyle]; })()");
        return (described[0], described[1]);
    }
}
