using Watchdog.Core.Articles;
using Watchdog.Core.Guard;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Application.Guard;
using Watchdog.Pipeline.Scheduling;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Guard;

/// <summary>
/// Leak watch in the running service: a registered confidential document, a feed on 127.0.0.1 whose article quotes
/// one of its paragraphs, and the finding the watch stage records for that article and no other.
/// </summary>
public sealed class LeakWatchPipelineTests : IAsyncLifetime
{
    /// <summary>How often leak watch asks the store whether documents changed; short, so a test need not wait long.</summary>
    private const string ReloadInterval = "100ms";

    private TestWebServer _server = null!;
    private PipelineHarness _watchdog = null!;

    public async Task InitializeAsync()
    {
        _server = await TestWebServer.StartAsync();
        _watchdog = await PipelineHarness.StartAsync(new Dictionary<string, string?> { ["Watchdog:Alerts:QueryReloadInterval"] = ReloadInterval });
    }

    public async Task DisposeAsync()
    {
        await _watchdog.DisposeAsync();
        await _server.DisposeAsync();
    }

    private ILeakStore Leaks => _watchdog.Service<ILeakStore>();

    private async Task<(Source Source, LeakDocumentRecord Memo)> CollectFeedAsync()
    {
        var memo = await _watchdog.Service<LeakDocumentRegistry>().RegisterAsync("Ventilator memo", LeakFixtures.Memo, CancellationToken.None);
        _server.Map("/feed.xml", TestResponse.Text(TestFeeds.Rss(_server.Url("/floods"), _server.Url("/prosecutors")), "application/rss+xml"));
        _server.Map("/floods", TestResponse.Text(LeakFixtures.ArticleQuotingMemo));
        _server.Map("/prosecutors", TestResponse.Text(LeakFixtures.ArticleUnrelated));
        var source = (await _watchdog.AddSourceAsync(_server.Url("/feed.xml"), SourceKind.Feed)).Source;
        await _watchdog.WaitForIdleAsync(source.Id);
        return (source, memo);
    }

    private async Task<Article> StoredAsync(long sourceId, string path) =>
        (await _watchdog.Service<IArticleStore>().LatestAsync(10, sourceId, CancellationToken.None)).Single(a => a.Url.AbsolutePath == path);

    [Fact]
    public async Task Article_quoting_a_registered_document_gets_one_finding_with_a_span_inside_the_quote()
    {
        var (source, memo) = await CollectFeedAsync();

        var finding = Assert.Single(await Leaks.ListFindingsAsync(null, 10, null, CancellationToken.None));
        var article = await StoredAsync(source.Id, "/floods");
        Assert.Equal((memo.Id, "Ventilator memo", article.Id, article.Url), (finding.DocumentId, finding.DocumentName, finding.ArticleId, finding.ArticleUrl));
        var text = LeakCheckedText.Of(article);
        var quoteStart = text.IndexOf(LeakFixtures.QuotedParagraph, StringComparison.Ordinal);
        Assert.True(quoteStart >= 0, "the stored article keeps the quoted paragraph");
        var span = Assert.Single(finding.Spans);
        Assert.InRange(span.Start, quoteStart, quoteStart + LeakFixtures.QuotedParagraph.Length);
        Assert.InRange(span.End, span.Start + 1, quoteStart + LeakFixtures.QuotedParagraph.Length);
        Assert.Contains(text[span.Start..Math.Min(span.End, span.Start + 40)], finding.Excerpt, StringComparison.Ordinal);
        Assert.InRange(finding.Excerpt.Length, 1, LeakExcerpt.MaxLength);
    }

    [Fact]
    public async Task Unrelated_article_on_the_same_topic_gets_no_finding()
    {
        var (source, _) = await CollectFeedAsync();

        var unrelated = await StoredAsync(source.Id, "/prosecutors");

        Assert.DoesNotContain(await Leaks.ListFindingsAsync(null, 10, null, CancellationToken.None), f => f.ArticleId == unrelated.Id);
    }

    [Fact]
    public async Task Polling_again_and_rescanning_every_article_do_not_duplicate_the_finding()
    {
        var (source, _) = await CollectFeedAsync();

        await _watchdog.Service<SourceRegistry>().RefreshNowAsync(source.Id, CancellationToken.None);
        await _watchdog.WaitForIdleAsync(source.Id);
        var scan = await _watchdog.Service<LeakScan>().RunAsync(null, progress: null, CancellationToken.None);

        Assert.Equal((2, 1, 0), (scan.Articles, scan.ArticlesWithLeaks, scan.NewFindings));
        Assert.Single(await Leaks.ListFindingsAsync(null, 10, null, CancellationToken.None));
    }

    [Fact]
    public async Task Document_registered_by_another_process_is_watched_once_the_revision_check_sees_it()
    {
        _server.Map("/feed.xml", TestResponse.Text(TestFeeds.Rss(_server.Url("/prosecutors")), "application/rss+xml"));
        _server.Map("/prosecutors", TestResponse.Text(LeakFixtures.ArticleUnrelated));
        _server.Map("/floods", TestResponse.Text(LeakFixtures.ArticleQuotingMemo));
        var source = (await _watchdog.AddSourceAsync(_server.Url("/feed.xml"), SourceKind.Feed)).Source;
        await _watchdog.WaitForIdleAsync(source.Id);

        // Straight into the store, as the CLI in another process does: this process is not told, only the revision moves.
        var registered = LeakDocumentIds.For("memo"u8);
        await Leaks.SaveDocumentAsync(new LeakDocumentRecord(registered, "Ventilator memo",
            Watchdog.Guard.Leaks.DocumentFingerprint.FromText(LeakFixtures.Memo).Serialize(), 1, default), CancellationToken.None);
        _server.Map("/feed.xml", TestResponse.Text(TestFeeds.Rss(_server.Url("/prosecutors"), _server.Url("/floods")), "application/rss+xml"));
        await Task.Delay(TimeSpan.FromMilliseconds(300)); // past the reload interval: the next article asks the store again
        await _watchdog.Service<SourceRegistry>().RefreshNowAsync(source.Id, CancellationToken.None);
        await _watchdog.WaitForIdleAsync(source.Id);

        var finding = Assert.Single(await Leaks.ListFindingsAsync(null, 10, null, CancellationToken.None));
        Assert.Equal(((await StoredAsync(source.Id, "/floods")).Id, registered), (finding.ArticleId, finding.DocumentId));
    }
}
