using Watchdog.Cli.CommandLine;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Storage;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Cli;

/// <summary>`watchdog reindex` rebuilds the search index from the store; `watchdog stats` shows both sides and what waits.</summary>
public sealed class ReindexCliTests : IDisposable
{
    private readonly string _data = TestPaths.NewTempFolder("watchdog-reindex");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Reindex_puts_back_articles_lost_from_the_index_and_drops_documents_without_an_article()
    {
        using (var store = await EmbeddedStore.OpenAsync(_data))
        {
            var kept = await TestArticles.AddIndexedAsync(store, TestArticles.Make("Wheat", DateTimeOffset.UtcNow));
            var lost = await TestArticles.AddIndexedAsync(store, TestArticles.Make("Barley", DateTimeOffset.UtcNow));
            await store.Search.DeleteAsync(lost, CancellationToken.None);
            await store.Search.IndexAsync([TestArticles.Make("Ghost", DateTimeOffset.UtcNow) with { Id = kept + 100 }], CancellationToken.None);
        }
        var before = await CliRun.RunAsync("stats", "--json", "--data", _data);

        var reindex = await CliRun.RunAsync("reindex", "--json", "--data", _data);
        var after = await CliRun.RunAsync("stats", "--json", "--data", _data);

        Assert.Equal((2L, 2L), (before.Json.GetProperty("articles").GetInt64(), before.Json.GetProperty("indexedDocuments").GetInt64()));
        Assert.Equal(ExitCodes.Ok, reindex.ExitCode);
        Assert.Equal((2L, 0L), (reindex.Json.GetProperty("articles").GetInt64(), reindex.Json.GetProperty("notIndexed").GetInt64()));
        Assert.Equal((2L, 2L, 0L),
            (after.Json.GetProperty("articles").GetInt64(), after.Json.GetProperty("indexedDocuments").GetInt64(), after.Json.GetProperty("waitingToBeIndexed").GetInt64()));
        Assert.Equal(1, (await CliRun.RunAsync("search", "Barley", "--json", "--data", _data)).Json.GetProperty("total").GetInt64());
        Assert.Equal(0, (await CliRun.RunAsync("search", "Ghost", "--json", "--data", _data)).Json.GetProperty("total").GetInt64());
    }
}
