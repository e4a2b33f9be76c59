using Watchdog.Cli.CommandLine;
using Watchdog.Core.Sources;
using Watchdog.Core.Watching;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Storage;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Cli;

/// <summary>`watchdog search` takes the query language of standing queries, and points at the problem in a query it cannot parse.</summary>
public sealed class SearchCliTests : IDisposable
{
    private readonly string _data = TestPaths.NewTempFolder("watchdog-cli-search");

    public void Dispose() => TestPaths.DeleteQuietly(_data);

    [Fact]
    public async Task An_invalid_query_exits_with_the_usage_code_and_a_caret_under_the_position()
    {
        var run = await CliRun.RunAsync("search", "(нефть OR газ", "--data", _data);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("error: invalid query: expected ')' at 13", lines[0]);
        Assert.Equal("  (нефть OR газ", lines[1]);
        Assert.Equal("  " + new string(' ', 13) + "^", lines[2]);
    }

    [Fact]
    public async Task A_watchlist_reference_finds_its_entries_and_a_negated_word_excludes()
    {
        long kaspi, halyk;
        using (var store = await EmbeddedStore.OpenAsync(_data))
        {
            await store.Watch.SaveWatchlistAsync(new Watchlist
            {
                Name = "banks",
                Entries = [new WatchlistEntry { Text = "Kaspi Bank", Aliases = ["Каспи банк"] }, new WatchlistEntry { Text = "Halyk" }],
            }, CancellationToken.None);
            kaspi = await AddIndexedAsync(store, "Отделение", "Каспи банк открыл новое отделение в Алматы.", "ru");
            halyk = await AddIndexedAsync(store, "Halyk results", "Halyk reported its quarterly results.", "en");
            await AddIndexedAsync(store, "Kaspi shares", "Kaspi shares rose; the bank did not comment.", "en");
        }

        var all = await CliRun.RunAsync("search", "@banks", "--json", "--data", _data);
        var notRussian = await CliRun.RunAsync("search", "@banks -lang:ru", "--json", "--data", _data);

        Assert.True(all.ExitCode == ExitCodes.Ok, all.Error);
        Assert.Equal([kaspi, halyk], Ids(all).Order());
        Assert.Equal([halyk], Ids(notRussian));
    }

    [Fact]
    public async Task A_hit_names_its_source_by_title()
    {
        using (var store = await EmbeddedStore.OpenAsync(_data))
        {
            var desk = await store.Sources.AddAsync(new Source { Url = new Uri("http://irtysh-desk.example/feed.xml"), Kind = SourceKind.Feed, Title = "Irtysh Desk" }, CancellationToken.None);
            await TestArticles.AddIndexedAsync(store, TestArticles.Make("Flood", "The river flooded the lower town.", "en", DateTimeOffset.UtcNow) with { SourceId = desk.Id });
        }

        var run = await CliRun.RunAsync("search", "flooded", "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Contains("Irtysh Desk", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("source ", run.Output, StringComparison.Ordinal);
    }

    private static IEnumerable<long> Ids(CliRun run) => run.Json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("articleId").GetInt64()).ToList();

    private static Task<long> AddIndexedAsync(EmbeddedStore store, string title, string text, string language) =>
        TestArticles.AddIndexedAsync(store, TestArticles.Make(title, text, language, DateTimeOffset.UtcNow) with { PublishedAt = null });
}
