using System.Security.Cryptography;
using System.Text;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Articles;
using Watchdog.Core.Watching;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Storage;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Cli;

/// <summary>`watchdog search` takes the query language of standing queries, and points at the problem in a query it cannot parse.</summary>
public sealed class SearchCliTests : IDisposable
{
    private readonly string _data = TestPaths.NewTempFolder("watchdog-cli-search");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders; a file still held open must not fail the run.
        }
    }

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

    private static IEnumerable<long> Ids(CliRun run) => run.Json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("articleId").GetInt64()).ToList();

    private static async Task<long> AddIndexedAsync(EmbeddedStore store, string title, string text, string language)
    {
        var url = new Uri($"https://news.example.kz/{Guid.NewGuid():N}");
        var added = await store.Articles.AddAsync(new Article
        {
            Url = url,
            CanonicalUrl = url,
            Title = title,
            Text = text,
            Language = language,
            FetchedAt = DateTimeOffset.UtcNow,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + text))),
        }, CancellationToken.None);
        await store.Search.IndexAsync([added.Article], CancellationToken.None);
        await store.Articles.MarkIndexedAsync([added.Article.Id], CancellationToken.None);
        return added.Article.Id;
    }
}
