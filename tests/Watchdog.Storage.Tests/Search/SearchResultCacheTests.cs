using Lucene.Net.Index;
using Lucene.Net.Store;
using Watchdog.Core.Search;
using Watchdog.Storage.Search;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Search;

/// <summary>
/// The embedded index keeps the results of a search for the same search repeated, until the index changes; a query
/// naming a watchlist is never kept.
/// </summary>
public sealed class SearchResultCacheTests : IAsyncLifetime
{
    private IStoreUnderTest _store = null!;
    private static CancellationToken Ct => CancellationToken.None;
    private LuceneSearchIndex Index => (LuceneSearchIndex)_store.Search;

    public async Task InitializeAsync()
    {
        _store = await SqliteStoreUnderTest.OpenAsync(new ManualClock());
        await _store.Search.IndexAsync(
        [
            TestArticles.Make("Pipeline rupture", "Oil spilled near the river.", "en") with { Id = 1 },
            TestArticles.Make("River festival", "Boats on the river all day.", "en") with { Id = 2 },
        ], Ct);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private Task<SearchResults> SearchAsync(string query) => _store.Search.SearchAsync(new SearchRequest { Query = query }, Ct);

    [Fact]
    public async Task A_repeated_search_is_answered_from_the_cache_with_the_same_results()
    {
        var first = await SearchAsync("river");
        var again = await SearchAsync(" river ");

        Assert.Equal((1L, 1L), Index.ResultCacheCounts);
        Assert.Equal(first.Hits, again.Hits);
        Assert.Equal(2, again.Total);
    }

    [Fact]
    public async Task Another_page_filter_or_order_is_another_search()
    {
        await SearchAsync("river");
        await _store.Search.SearchAsync(new SearchRequest { Query = "river", PageSize = 1 }, Ct);
        await _store.Search.SearchAsync(new SearchRequest { Query = "river", Order = SearchOrder.Newest }, Ct);
        await _store.Search.SearchAsync(new SearchRequest { Query = "river", Language = "ru" }, Ct);

        Assert.Equal((0L, 4L), Index.ResultCacheCounts);
    }

    [Fact]
    public async Task Indexing_or_deleting_an_article_is_seen_by_the_next_search()
    {
        Assert.Equal(2, (await SearchAsync("river")).Total);

        await _store.Search.IndexAsync([TestArticles.Make("River cruise", "A new river boat.", "en") with { Id = 3 }], Ct);
        Assert.Equal(3, (await SearchAsync("river")).Total);

        await _store.Search.DeleteAsync(1, Ct);
        Assert.Equal([2L, 3L], (await SearchAsync("river")).Hits.Select(h => h.ArticleId).Order());
        Assert.Equal((0L, 3L), Index.ResultCacheCounts);
    }

    [Fact]
    public async Task A_query_naming_a_watchlist_is_never_kept_so_a_changed_watchlist_shows_at_once()
    {
        var list = await SaveWatchlistAsync(0, "Oil");
        Assert.Equal([1L], (await SearchAsync("@places")).Hits.Select(h => h.ArticleId));

        await SaveWatchlistAsync(list.Id, "Boats");

        Assert.Equal([2L], (await SearchAsync("@places")).Hits.Select(h => h.ArticleId));
        Assert.Equal((0L, 0L), Index.ResultCacheCounts);
    }

    [Fact]
    public async Task Turned_off_every_search_runs_and_gives_what_the_cache_gave()
    {
        var cached = await SearchAsync("river OR oil");
        await SearchAsync("river OR oil");

        Index.CachesResults = false;
        var uncached = await SearchAsync("river OR oil");

        Assert.Equal((0L, 0L), Index.ResultCacheCounts);
        Assert.Equal(cached.Hits, uncached.Hits);
    }

    [Fact]
    public void A_full_cache_starts_afresh_and_keeps_the_newest_results()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Watchdog.Analysis.Indexing.LanguageAnalyzers.Version, new ArticleFieldAnalyzer()))) writer.Commit();
        using var reader = DirectoryReader.Open(directory);
        var cache = new SearchResultCache();
        var results = new SearchResults(0, 1, 20, []);

        for (var page = 1; page <= SearchResultCache.MaxEntries + 1; page++) cache.Add(reader, new SearchRequest { Page = page }, results);

        Assert.False(cache.TryGet(reader, new SearchRequest { Page = 1 }, out _));
        Assert.True(cache.TryGet(reader, new SearchRequest { Page = SearchResultCache.MaxEntries + 1 }, out _));
    }

    [Fact]
    public void Results_of_another_reader_are_not_given()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Watchdog.Analysis.Indexing.LanguageAnalyzers.Version, new ArticleFieldAnalyzer()))) writer.Commit();
        using var first = DirectoryReader.Open(directory);
        using var second = DirectoryReader.Open(directory);
        var cache = new SearchResultCache();

        cache.Add(first, new SearchRequest { Query = "river" }, new SearchResults(0, 1, 20, []));

        Assert.False(cache.TryGet(second, new SearchRequest { Query = "river" }, out _));
        Assert.True(cache.TryGet(first, new SearchRequest { Query = "river" }, out _));
    }

    private Task<Watchdog.Core.Watching.Watchlist> SaveWatchlistAsync(long id, string entry) => _store.Watch.SaveWatchlistAsync(new Watchdog.Core.Watching.Watchlist
    {
        Id = id,
        Name = "places",
        Entries = [new Watchdog.Core.Watching.WatchlistEntry { Text = entry, Kind = Watchdog.Core.Watching.WatchlistEntryKind.Term }],
    }, Ct);
}
