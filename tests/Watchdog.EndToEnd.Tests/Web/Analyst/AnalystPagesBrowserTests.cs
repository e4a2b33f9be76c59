using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Watchdog.Core.Entities;
using Watchdog.EndToEnd.Tests.Web.Browser;
using Watchdog.Pipeline.Entities;
using Watchdog.Watch.Alerts;
using static Watchdog.EndToEnd.Tests.Web.Watch.WatchApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Analyst;

/// <summary>
/// The analyst's pages in a real browser, each flow through the page's own scripts and the API: a source added after a
/// preview, paused, resumed and removed; a watchlist created, edited and fed a CSV with a bad row; a standing query
/// written with a syntax error, tested and saved; an alert marked read; an article opened with its entities and matches.
/// </summary>
public sealed partial class AnalystPagesBrowserTests(AnalystWebAppFixture app, ChromiumSession chromium)
    : IClassFixture<AnalystWebAppFixture>, IClassFixture<ChromiumSession>, IAsyncLifetime
{
    private const float UiTimeoutMs = ChromiumSession.UiTimeoutMs;

    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_context, _page) = await chromium.OpenPageAsync(app.BaseUri);
        // Removing asks for confirmation; the tests confirm.
        _page.Dialog += (_, dialog) => dialog.AcceptAsync();
    }

    public Task DisposeAsync() => _context.CloseAsync();

    [Fact]
    public async Task A_source_is_previewed_added_paused_resumed_and_removed()
    {
        var feed = app.Site.Url("/feed.xml").AbsoluteUri + "?browser";
        await _page.GotoAsync("/sources");
        await _page.FillAsync("#add-url", feed);
        await _page.ClickAsync("#preview-button");

        await Assertions.Expect(_page.Locator("#preview-items li a").First).ToHaveTextAsync(AnalystWebAppFixture.FeedItemTitles[0], new() { Timeout = UiTimeoutMs });
        await Assertions.Expect(_page.Locator("#preview-summary")).ToContainTextAsync("Read as: feed", new() { Timeout = UiTimeoutMs });

        await _page.FillAsync("#add-title", "Semey by browser");
        await _page.ClickAsync("#add-button");
        var row = _page.Locator("#sources-body tr").Filter(new() { HasText = "Semey by browser" });
        await Assertions.Expect(row).ToHaveCountAsync(1, new() { Timeout = UiTimeoutMs });

        await row.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await Assertions.Expect(row.Locator(".badge")).ToHaveTextAsync("Paused", new() { Timeout = UiTimeoutMs });
        await row.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Assertions.Expect(row.Locator(".badge")).Not.ToHaveTextAsync("Paused", new() { Timeout = UiTimeoutMs });
        Assert.Contains(await SourcesAsync(), s => s.GetProperty("url").GetString() == feed && s.GetProperty("status").GetString() != "Paused");

        await row.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0, new() { Timeout = UiTimeoutMs });
        Assert.DoesNotContain(await SourcesAsync(), s => s.GetProperty("url").GetString() == feed);
    }

    [Fact]
    public async Task A_watchlist_is_created_edited_limited_and_given_a_csv_with_a_bad_row()
    {
        var name = UniqueName("leaders");
        await _page.GotoAsync("/watchlists");
        await _page.FillAsync("#list-name", name);
        var first = _page.Locator("#entries .entry-row").First;
        await first.Locator(".entry-text").FillAsync("Токаев");
        await first.Locator(".entry-kind").SelectOptionAsync("person");
        await first.Locator(".entry-aliases").FillAsync("Tokayev | Тоқаев");
        await _page.ClickAsync("#save-list");
        await Assertions.Expect(_page.Locator("#lists li").Filter(new() { HasText = $"@{name}" })).ToHaveCountAsync(1, new() { Timeout = UiTimeoutMs });
        // The saved list is drawn into the editor again before "Saved" shows: a row added before that would be wiped.
        await Assertions.Expect(_page.Locator("#list-status")).ToContainTextAsync($"Saved @{name}", new() { Timeout = UiTimeoutMs });

        await _page.ClickAsync("#add-entry");
        var second = _page.Locator("#entries .entry-row").Nth(1);
        await second.Locator(".entry-text").FillAsync("Kaspi");
        await second.Locator(".entry-kind").SelectOptionAsync("organization");
        await second.Locator(".entry-limits summary").ClickAsync();
        await second.Locator(".entry-language").FillAsync("KK");
        await second.Locator(".entry-context").FillAsync("(банк");
        await _page.ClickAsync("#save-list");
        await Assertions.Expect(_page.Locator("#list-status")).ToContainTextAsync("context query is invalid", new() { Timeout = UiTimeoutMs });

        await second.Locator(".entry-context").FillAsync("банк OR bank");
        await _page.ClickAsync("#save-list");
        await Assertions.Expect(_page.Locator("#list-status")).ToContainTextAsync($"Saved @{name}", new() { Timeout = UiTimeoutMs });
        // Drawn again from what was saved: the limits the entry has are shown unfolded, an entry without any keeps them folded.
        await Assertions.Expect(_page.Locator("#entries .entry-row").Nth(1).Locator(".entry-context")).ToBeVisibleAsync(new() { Timeout = UiTimeoutMs });
        await Assertions.Expect(_page.Locator("#entries .entry-row").First.Locator(".entry-context")).ToBeHiddenAsync(new() { Timeout = UiTimeoutMs });

        var entries = (await WatchlistAsync(name)).GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["Токаев/person", "Kaspi/organization"], entries.Select(e => $"{e.GetProperty("text").GetString()}/{e.GetProperty("kind").GetString()}"));
        Assert.Equal(["Tokayev", "Тоқаев"], entries[0].GetProperty("aliases").EnumerateArray().Select(a => a.GetString() ?? ""));
        Assert.Equal(JsonValueKind.Null, entries[0].GetProperty("language").ValueKind);
        Assert.Equal(("kk", "банк OR bank"), (entries[1].GetProperty("language").GetString(), entries[1].GetProperty("contextQuery").GetString()));

        await _page.FillAsync("#import-text", "text,kind,aliases\nАлматы,location,Almaty\nБайтерек,monster,\n");
        await _page.ClickAsync("#import-button");

        await Assertions.Expect(_page.Locator("#import-errors li")).ToHaveCountAsync(1, new() { Timeout = UiTimeoutMs });
        await Assertions.Expect(_page.Locator("#import-errors li")).ToContainTextAsync("Line 3", new() { Timeout = UiTimeoutMs });
        await Assertions.Expect(_page.Locator("#import-status")).ToContainTextAsync("1 entry imported", new() { Timeout = UiTimeoutMs });
        Assert.Equal(3, (await WatchlistAsync(name)).GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task A_query_with_a_syntax_error_shows_a_caret_then_is_tested_and_saved_with_quiet_hours()
    {
        var name = UniqueName("Almaty query");
        await _page.GotoAsync("/queries");
        await _page.FillAsync("#query-name", name);
        await _page.Locator("#query-text").PressSequentiallyAsync("(Алматы OR");

        await Assertions.Expect(_page.Locator("#query-check")).ToContainTextAsync("at character 11", new() { Timeout = UiTimeoutMs });
        Assert.EndsWith(new string(' ', 10) + "^", await _page.Locator("#query-caret").InnerTextAsync(), StringComparison.Ordinal);

        await _page.FillAsync("#query-text", "Алматы");
        await Assertions.Expect(_page.Locator("#query-check")).ToHaveTextAsync("The query is valid.", new() { Timeout = UiTimeoutMs });
        await Assertions.Expect(_page.Locator("#query-caret")).ToBeHiddenAsync(new() { Timeout = UiTimeoutMs });

        await _page.FillAsync("#test-days", "365");
        await _page.ClickAsync("#test-button");
        await Assertions.Expect(_page.Locator("#test-summary")).ToHaveTextAsync(TestCount(), new() { Timeout = UiTimeoutMs });

        await _page.FillAsync("#query-quiet-start", "22:00");
        await _page.FillAsync("#query-quiet-end", "07:30");
        await _page.FillAsync("#query-quiet-zone", "Asia/Almaty");
        await _page.ClickAsync("#save-query");
        await Assertions.Expect(_page.Locator("#query-list li").Filter(new() { HasText = name })).ToHaveCountAsync(1, new() { Timeout = UiTimeoutMs });
        var saved = Assert.Single(JsonDocument.Parse(await app.Client.GetStringAsync("/api/queries")).RootElement.EnumerateArray(), q => q.GetProperty("name").GetString() == name);
        Assert.Equal(("Алматы", true), (saved.GetProperty("query").GetString(), saved.GetProperty("enabled").GetBoolean()));
        var quiet = saved.GetProperty("rule").GetProperty("quietHours");
        Assert.Equal(("22:00", "07:30", "Asia/Almaty"), (quiet.GetProperty("start").GetString(), quiet.GetProperty("end").GetString(), quiet.GetProperty("timeZone").GetString()));

        await _page.Locator("#query-list li").Filter(new() { HasText = name }).GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        await Assertions.Expect(_page.Locator("#query-list li.disabled").Filter(new() { HasText = name })).ToHaveCountAsync(1, new() { Timeout = UiTimeoutMs });
    }

    [Fact]
    public async Task An_alert_is_marked_read_in_the_inbox_and_links_to_its_article()
    {
        var name = UniqueName("Inbox");
        var query = await CreateQueryAsync(app.Client, name, "Алматы AND lang:kk");
        await RaiseAlertsAsync();
        await _page.GotoAsync("/alerts");
        await Assertions.Expect(_page.Locator("#inbox-query option").Filter(new() { HasText = name })).ToHaveCountAsync(1, new() { Timeout = UiTimeoutMs });
        await _page.Locator("#inbox-query").SelectOptionAsync(new SelectOptionValue { Label = name });

        var alert = _page.Locator("#inbox .alert.unread").First;
        await alert.WaitForAsync();
        var id = await alert.GetAttributeAsync("data-id");
        Assert.Matches("^/article\\?id=\\d+$", await alert.Locator(".alert-head a").GetAttributeAsync("href"));
        await alert.GetByRole(AriaRole.Button, new() { Name = "Mark read" }).ClickAsync();

        await Assertions.Expect(_page.Locator($"#inbox .alert[data-id='{id}']")).Not.ToHaveClassAsync(new Regex("unread"), new() { Timeout = UiTimeoutMs });
        var stored = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/alerts/{id}")).RootElement;
        Assert.True(stored.GetProperty("read").GetBoolean());

        await _page.ClickAsync("#mark-all");
        await Assertions.Expect(_page.Locator("#inbox .alert.unread")).ToHaveCountAsync(0, new() { Timeout = UiTimeoutMs });
        Assert.Equal(0, JsonDocument.Parse(await app.Client.GetStringAsync($"/api/alerts?query={query}")).RootElement.GetProperty("unread").GetInt64());
    }

    [Fact]
    public async Task An_article_shows_its_text_metadata_entities_and_the_queries_it_matches()
    {
        var name = UniqueName("Article view");
        await CreateQueryAsync(app.Client, name, "Алматы AND lang:kk");
        var article = app.Corpus.Articles.First(a => a.Language == "kk" && (a.Title + " " + a.Text).Contains("Алматы", StringComparison.Ordinal));
        await app.Service<IEntityStore>().SaveAsync(article.Id, ArticleEntityTagging.TaggerVersion, [new ArticleEntity(KindNames.Location, "алматы", "Алматы", 2)], CancellationToken.None);

        await _page.GotoAsync($"/article?id={article.Id}");

        await Assertions.Expect(_page.Locator("#article-title")).ToHaveTextAsync(article.Title, new() { Timeout = UiTimeoutMs });
        await Assertions.Expect(_page.Locator("#article-meta")).ToContainTextAsync(article.Url.AbsoluteUri, new() { Timeout = UiTimeoutMs });
        await Assertions.Expect(_page.Locator("#article-entities li").First).ToContainTextAsync("Алматы", new() { Timeout = UiTimeoutMs });
        var match = _page.Locator("#article-matches li").Filter(new() { HasText = name });
        await Assertions.Expect(match.Locator("mark").First).ToContainTextAsync("Алматы", new() { Timeout = UiTimeoutMs });
        Assert.Contains(article.Text[..Math.Min(40, article.Text.Length)], await _page.Locator("#article-text").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_search_results_link_to_the_article_view()
    {
        await _page.GotoAsync("/?q=Алматы");
        var first = _page.Locator("#results .result").First;
        await first.WaitForAsync();
        var title = await first.Locator("h3").InnerTextAsync();
        await first.Locator(".article-link").ClickAsync();

        await _page.WaitForURLAsync(new Regex("/article\\?id=\\d+$"));
        await Assertions.Expect(_page.Locator("#article-title")).ToHaveTextAsync(title.Trim(), new() { Timeout = UiTimeoutMs });
    }

    [Fact]
    public async Task A_russian_browser_reads_the_sources_page_in_russian()
    {
        var (context, page) = await chromium.OpenPageAsync(app.BaseUri, "ru-RU");
        try
        {
            await page.GotoAsync("/sources");
            await Assertions.Expect(page.Locator("#sources-heading")).ToHaveTextAsync("Источники", new() { Timeout = UiTimeoutMs });
            await Assertions.Expect(page.Locator("#preview-button")).ToHaveTextAsync("Предпросмотр", new() { Timeout = UiTimeoutMs });
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private async Task RaiseAlertsAsync()
    {
        var watcher = app.Service<ArticleWatcher>();
        await watcher.ReloadAsync(CancellationToken.None);
        foreach (var article in app.Corpus.Articles) await watcher.ProcessAsync(article, CancellationToken.None);
    }

    private async Task<List<JsonElement>> SourcesAsync() =>
        JsonDocument.Parse(await app.Client.GetStringAsync("/api/sources")).RootElement.EnumerateArray().ToList();

    private async Task<JsonElement> WatchlistAsync(string name)
    {
        var lists = JsonDocument.Parse(await app.Client.GetStringAsync("/api/watchlists")).RootElement.EnumerateArray();
        return lists.Single(l => l.GetProperty("name").GetString() == name);
    }

    [GeneratedRegex(@"^\d+ articles? in the last 365 days would have matched\.$")]
    private static partial Regex TestCount();
}
