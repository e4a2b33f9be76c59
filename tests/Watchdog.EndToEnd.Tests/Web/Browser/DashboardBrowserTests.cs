using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Watchdog.EndToEnd.Tests.Web.Browser;

/// <summary>The dashboard in a real browser: it loads sources and articles from the API, searches, and highlights matches.</summary>
public sealed partial class DashboardBrowserTests(WebAppFixture app, ChromiumSession chromium)
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
    public async Task Searching_shows_results_with_the_matched_words_highlighted()
    {
        await SearchAsync("университет");

        var marks = await _page.Locator("#results .result mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.StartsWith("университет", m, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("match", await _page.Locator("#search-status").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_filter_narrows_results_to_that_language()
    {
        await _page.SelectOptionAsync("#lang", "kk");
        await SearchAsync("Алматы");

        var languages = await _page.Locator("#results .result .lang").AllInnerTextsAsync();
        Assert.NotEmpty(languages);
        Assert.All(languages, l => Assert.Equal("KK", l.ToUpperInvariant()));
    }

    [Fact]
    public async Task A_query_that_cannot_be_parsed_shows_the_reason_instead_of_results()
    {
        await _page.FillAsync("#q", "\"press freedom");
        await _page.ClickAsync("#search-form button[type=submit]");

        await Assertions.Expect(_page.Locator("#search-status.error")).ToContainTextAsync("cannot be parsed");
        Assert.Equal(0, await _page.Locator("#results .result").CountAsync());
    }

    [Fact]
    public async Task A_5000_character_query_is_searched_and_searched_again_on_reload()
    {
        var names = string.Join(" OR ", Enumerable.Range(0, 800).Select(i => $"name{i}"));
        var query = $"университет OR {names}"[..5000].TrimEnd(' ', 'O', 'R');

        await SearchAsync(query);
        await _page.ReloadAsync();
        await _page.Locator("#results .result").First.WaitForAsync();

        // Too long for the address (it would come back as 414 on reload), so the page's history entry keeps it.
        Assert.DoesNotContain("name1", Uri.UnescapeDataString(_page.Url), StringComparison.Ordinal);
        Assert.Equal(query, await _page.InputValueAsync("#q"));
    }

    [Fact]
    public async Task Sources_are_listed_with_their_status()
    {
        var rows = _page.Locator("#sources-body tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "Городской вестник" })).ToHaveCountAsync(1);

        Assert.True(await rows.CountAsync() >= app.Corpus.Sources.Count);
        Assert.Matches(StatusPattern(), await rows.First.Locator(".badge").InnerTextAsync());
    }

    [Fact]
    public async Task Latest_articles_are_listed_with_links()
    {
        var links = _page.Locator("#latest li a");
        await links.First.WaitForAsync();

        var titles = await links.AllInnerTextsAsync();
        Assert.All(titles, t => Assert.Contains(app.Corpus.Articles, a => a.Title == t));
    }

    private async Task SearchAsync(string query)
    {
        await _page.FillAsync("#q", query);
        await _page.PressAsync("#q", "Enter");
        await _page.Locator("#results .result").First.WaitForAsync();
    }

    [GeneratedRegex("^(New|Ok|Failing|Paused)$")]
    private static partial Regex StatusPattern();
}
