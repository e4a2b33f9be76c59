using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Watchdog.Analysis;
using Watchdog.Core.Search;
using Watchdog.Storage.Search;
using Watchdog.Storage.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.Storage.Tests.Search;

/// <summary>
/// An embedded index built with other analysis (or another document layout) is cleared when the store opens, and every
/// article is marked unindexed so the indexer rebuilds it; a current index is left alone.
/// </summary>
public sealed class LuceneIndexRebuildTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("watchdog-rebuild");
    private readonly RecordingLogger _log = new();
    private static CancellationToken Ct => CancellationToken.None;

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders.
        }
    }

    private Task<EmbeddedStore> OpenAsync() => EmbeddedStore.OpenAsync(_folder, new ManualClock(), _log, Ct);

    /// <summary>A store with two articles stored, indexed and marked indexed, closed again.</summary>
    private async Task<long[]> StoreIndexedArticlesAsync()
    {
        using var store = await OpenAsync();
        var ids = new List<long>();
        foreach (var (title, text) in new[] { ("Harvest", "record wheat harvest"), ("Weather", "rain in the north") })
        {
            var added = await store.Articles.AddAsync(TestArticles.Make(title, text), Ct);
            ids.Add(added.Article.Id);
            await store.Search.IndexAsync([added.Article], Ct);
        }
        await store.Articles.MarkIndexedAsync(ids, Ct);
        return [.. ids];
    }

    /// <summary>Replaces the commit user data of the closed index, as an older Watchdog would have left it.</summary>
    private void RewriteCommitData(Dictionary<string, string> data)
    {
        using var directory = FSDirectory.Open(Path.Combine(_folder, EmbeddedStore.IndexFolderName));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { OpenMode = OpenMode.APPEND });
        writer.SetCommitData(data);
        writer.Commit();
    }

    [Fact]
    public async Task A_current_index_is_kept_when_the_store_opens_again()
    {
        await StoreIndexedArticlesAsync();

        using var store = await OpenAsync();

        Assert.Null(store.Search.OutdatedBy);
        Assert.Equal(2, await store.Search.CountAsync(Ct));
        Assert.Empty(await store.Articles.ListUnindexedAsync(10, Ct));
        Assert.Empty(_log.Warnings);
    }

    [Fact]
    public async Task An_index_built_with_another_analysis_version_is_cleared_and_every_article_marked_for_indexing()
    {
        var ids = await StoreIndexedArticlesAsync();
        RewriteCommitData(new() { [IndexBuild.AnalysisKey] = "1", [IndexBuild.LayoutKey] = ArticleDocument.LayoutVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        using (var store = await OpenAsync())
        {
            Assert.Equal(0, await store.Search.CountAsync(Ct));
            Assert.Equal(0, (await store.Search.SearchAsync(new SearchRequest { Query = "wheat" }, Ct)).Total);
            Assert.Equal(ids, (await store.Articles.ListUnindexedAsync(10, Ct)).Select(a => a.Id));
            var warning = Assert.Single(_log.Warnings);
            Assert.Contains($"analysis version 1 (now {AnalysisVersion.Current})", warning, StringComparison.Ordinal);
            Assert.Contains("marked 2 articles", warning, StringComparison.Ordinal);
        }

        using var reopened = await OpenAsync();
        Assert.Null(reopened.Search.OutdatedBy);
        Assert.Single(_log.Warnings);
    }

    [Fact]
    public async Task An_index_with_documents_and_no_recorded_version_is_rebuilt()
    {
        await StoreIndexedArticlesAsync();
        RewriteCommitData([]);

        using var store = await OpenAsync();

        Assert.Equal(0, await store.Search.CountAsync(Ct));
        Assert.Equal(2, (await store.Articles.ListUnindexedAsync(10, Ct)).Count);
        Assert.Contains("no recorded analysis version", Assert.Single(_log.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_index_with_another_document_layout_is_rebuilt()
    {
        await StoreIndexedArticlesAsync();
        RewriteCommitData(new() { [IndexBuild.AnalysisKey] = AnalysisVersion.Current.ToString(System.Globalization.CultureInfo.InvariantCulture), [IndexBuild.LayoutKey] = "1" });

        using var store = await OpenAsync();

        Assert.Equal(0, await store.Search.CountAsync(Ct));
        Assert.Contains("document layout 1", Assert.Single(_log.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_empty_index_without_versions_needs_no_rebuild_but_one_with_documents_does()
    {
        Assert.Null(IndexBuild.OutdatedBy(new Dictionary<string, string>(), documents: 0));
        Assert.NotNull(IndexBuild.OutdatedBy(new Dictionary<string, string>(), documents: 1));
        Assert.Null(IndexBuild.OutdatedBy(IndexBuild.Current(), documents: 5));
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning) Warnings.Add(formatter(state, exception));
        }
    }
}
