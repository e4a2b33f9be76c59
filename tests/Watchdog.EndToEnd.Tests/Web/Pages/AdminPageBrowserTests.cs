using System.Net.Http.Json;
using Microsoft.Playwright;
using Watchdog.EndToEnd.Tests.Web.Browser;

namespace Watchdog.EndToEnd.Tests.Web.Pages;

/// <summary>The Administration page as an admin (tokens off: the local caller is an admin): users and tokens, the audit log, site audits and leak watch.</summary>
public sealed class AdminPageBrowserTests(WebAppFixture app, ChromiumSession chromium)
    : IClassFixture<WebAppFixture>, IClassFixture<ChromiumSession>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_context, _page) = await chromium.OpenPageAsync(app.BaseUri);
        await _page.GotoAsync("/admin");
        await Assertions.Expect(_page.Locator("#admin-content")).ToBeVisibleAsync();
    }

    public Task DisposeAsync() => _context.CloseAsync();

    [Fact]
    public async Task A_user_is_added_their_token_shown_once_and_then_revoked()
    {
        await _page.FillAsync("#user-name", "reporter-ruslan");
        await _page.SelectOptionAsync("#user-role", "analyst");
        await _page.SelectOptionAsync("#user-expires", "30d");
        await _page.ClickAsync("#user-form button[type=submit]");

        var dialog = _page.Locator("#token-shown");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("reporter-ruslan (analyst)");
        await Assertions.Expect(_page.Locator("#token-shown-expiry")).ToContainTextAsync("until");
        var token = await _page.InputValueAsync("#token-shown-value");
        Assert.False(string.IsNullOrWhiteSpace(token));
        await _page.ClickAsync("#token-shown button[type=submit]");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        // Cleared by the dialog's close event, which comes a task after the dialog hides: wait for it, don't race it.
        await Assertions.Expect(_page.Locator("#token-shown-value")).ToHaveValueAsync("");

        var row = _page.Locator("#users-body tr").Filter(new() { HasText = "reporter-ruslan" });
        await Assertions.Expect(row).ToContainTextAsync("valid");
        _page.Dialog += (_, prompt) => prompt.AcceptAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke the token of reporter-ruslan" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("revoked");
    }

    [Fact]
    public async Task The_audit_log_is_filtered_by_action()
    {
        using (await app.Client.PostAsync("/api/users", JsonContent.Create(new { name = "audited-aigerim", role = "viewer" }))) { }

        await _page.FillAsync("#audit-action", "user.add");
        await _page.ClickAsync("#audit-form button[type=submit]");

        var rows = _page.Locator("#audit-body tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "user audited-aigerim" })).ToHaveCountAsync(1);
        Assert.All(await rows.Locator("td:nth-child(3)").AllInnerTextsAsync(), action => Assert.Equal("user.add", action));
    }

    [Fact]
    public async Task A_site_is_registered_with_its_token_and_how_to_publish_it()
    {
        await _page.FillAsync("#site-url", "https://newsroom.example.org/");
        await _page.ClickAsync("#site-form button[type=submit]");

        var card = _page.Locator("#sites .card").Filter(new() { HasText = "https://newsroom.example.org" });
        await Assertions.Expect(card).ToContainTextAsync("not verified");
        await Assertions.Expect(card.Locator(".how-to")).ToContainTextAsync("watchdog-verification");
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Verify https://newsroom.example.org" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_document_is_put_under_leak_watch_without_its_text_being_kept()
    {
        await _page.FillAsync("#leak-name", "Board minutes March");
        await _page.FillAsync("#leak-text", "The board agreed to close the regional bureau and move the archive to the capital before the end of the quarter.");
        await _page.ClickAsync("#leak-form button[type=submit]");

        await Assertions.Expect(_page.Locator("#leaks-status")).ToContainTextAsync("its text was not kept");
        await Assertions.Expect(_page.Locator("#leak-documents")).ToContainTextAsync("Board minutes March");
        Assert.Equal("", await _page.InputValueAsync("#leak-text"));
    }
}
