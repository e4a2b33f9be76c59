using Watchdog.Storage.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.Storage.Tests.Search;

/// <summary>The embedded index is brought back in line with the article store: nothing stored stays unsearchable.</summary>
public sealed class EmbeddedIndexReconcilerTests : IAsyncLifetime
{
    private readonly string _folder = TestPaths.NewTempFolder("watchdog-reconcile");
    private EmbeddedStore _store = null!;
    private static CancellationToken Ct => CancellationToken.None;

    public async Task InitializeAsync() => _store = await EmbeddedStore.OpenAsync(_folder, new ManualClock());

    public Task DisposeAsync()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private async Task<long> StoreIndexedAsync(string title)
    {
        var added = await _store.Articles.AddAsync(TestArticles.Make(title, $"{title} body text"), Ct);
        await _store.Search.IndexAsync([added.Article], Ct);
        await _store.Articles.MarkIndexedAsync([added.Article.Id], Ct);
        return added.Article.Id;
    }

    [Fact]
    public async Task An_article_marked_indexed_but_missing_from_the_index_is_marked_for_indexing_again()
    {
        await StoreIndexedAsync("Kept");
        var lost = await StoreIndexedAsync("Lost");
        await _store.Search.DeleteAsync(lost, Ct);

        var found = await _store.Reconciler.ReconcileAsync(Ct);

        Assert.Equal((2L, 1L, 1, 0), (found.Articles, found.IndexedDocuments, found.Reindexing, found.OrphansDeleted));
        Assert.Equal(lost, Assert.Single(await _store.Articles.ListUnindexedAsync(10, Ct)).Id);
    }

    [Fact]
    public async Task A_document_whose_article_is_gone_is_deleted_from_the_index()
    {
        var kept = await StoreIndexedAsync("Kept");
        await _store.Search.IndexAsync([TestArticles.Make("Ghost", "no article behind it") with { Id = 999 }], Ct);

        var found = await _store.Reconciler.ReconcileAsync(Ct);

        Assert.Equal((1, 0), (found.OrphansDeleted, found.Reindexing));
        Assert.Equal([kept], _store.Search.ListIds());
    }

    [Fact]
    public async Task A_store_in_line_with_its_index_is_left_alone()
    {
        await StoreIndexedAsync("One");
        await StoreIndexedAsync("Two");

        var found = await _store.Reconciler.ReconcileAsync(Ct);

        Assert.False(found.FoundAnything);
        Assert.Equal(0, await _store.Articles.CountUnindexedAsync(Ct));
    }
}
