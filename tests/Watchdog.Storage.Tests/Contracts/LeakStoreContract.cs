using Watchdog.Core.Articles;
using Watchdog.Core.Guard;
using Watchdog.Storage.Sql.Guard;
using Watchdog.Storage.Sql.Retention;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Contracts;

/// <summary>Confidential-document fingerprints and leak findings, the same in each backend.</summary>
public abstract class LeakStoreContract : StoreContract
{
    private SqlLeakStore Leaks => new(Store.Database);

    private static LeakDocumentRecord Document(string id, string name = "Memo", params byte[] fingerprint) =>
        new(id, name, fingerprint.Length == 0 ? [0x57, 0x44, 0x46, 0x50, 0x00, 0xFF] : fingerprint, 7, default);

    private async Task<Article> ArticleAsync(string title = "Flood", DateTimeOffset? fetchedAt = null) =>
        (await Store.Articles.AddAsync(TestArticles.Make(title, $"{title} text") with { FetchedAt = fetchedAt ?? ManualClock.Epoch }, Ct)).Article;

    private static LeakFinding FindingOf(string documentId, Article article, DateTimeOffset? foundAt = null) => new(
        0, documentId, "", article.Id, article.Title, article.Url, 11, 0.268, [new LeakSpan(416, 735), new LeakSpan(800, 850)],
        "…the quoted paragraph…", foundAt ?? ManualClock.Epoch);

    [Fact]
    public async Task Document_round_trips_with_its_fingerprint_bytes_and_the_current_time()
    {
        var saved = await Leaks.SaveDocumentAsync(Document("a1", "Memo", 1, 2, 3, 0, 255), Ct);

        var found = await Leaks.GetDocumentAsync("a1", Ct);

        Assert.Equal(("a1", "Memo", 7, ManualClock.Epoch), (found!.Id, found.Name, found.FingerprintCount, found.CreatedAt));
        Assert.Equal([1, 2, 3, 0, 255], found.Fingerprint);
        Assert.Equal(saved.CreatedAt, found.CreatedAt);
    }

    [Fact]
    public async Task Saving_the_same_id_again_replaces_name_and_fingerprint_but_keeps_registration_time_and_findings()
    {
        await Leaks.SaveDocumentAsync(Document("a1", "Memo"), Ct);
        var article = await ArticleAsync();
        await Leaks.AddFindingsAsync([FindingOf("a1", article)], Ct);
        Clock.Advance(TimeSpan.FromHours(1));

        await Leaks.SaveDocumentAsync(Document("a1", "Memo, final", 9, 9), Ct);

        var document = Assert.Single(await Leaks.ListDocumentsAsync(Ct));
        Assert.Equal(("Memo, final", ManualClock.Epoch), (document.Name, document.CreatedAt));
        Assert.Equal([9, 9], document.Fingerprint);
        Assert.Equal("Memo, final", Assert.Single(await Leaks.ListFindingsAsync(null, 10, null, Ct)).DocumentName);
    }

    [Fact]
    public async Task Documents_are_listed_by_name()
    {
        await Leaks.SaveDocumentAsync(Document("b", "Zeta budget"), Ct);
        await Leaks.SaveDocumentAsync(Document("a", "Alpha memo"), Ct);

        Assert.Equal(["Alpha memo", "Zeta budget"], (await Leaks.ListDocumentsAsync(Ct)).Select(d => d.Name));
    }

    [Fact]
    public async Task Revision_changes_when_a_document_is_saved_or_removed_but_not_when_findings_are_added()
    {
        var initial = await Leaks.GetRevisionAsync(Ct);
        await Leaks.SaveDocumentAsync(Document("a1"), Ct);
        var afterSave = await Leaks.GetRevisionAsync(Ct);
        await Leaks.AddFindingsAsync([FindingOf("a1", await ArticleAsync())], Ct);
        var afterFinding = await Leaks.GetRevisionAsync(Ct);
        await Leaks.RemoveDocumentAsync("a1", Ct);
        var afterRemove = await Leaks.GetRevisionAsync(Ct);

        Assert.NotEqual(initial, afterSave);
        Assert.Equal(afterSave, afterFinding);
        Assert.NotEqual(afterSave, afterRemove);
    }

    [Fact]
    public async Task Removing_a_document_removes_its_findings_only()
    {
        await Leaks.SaveDocumentAsync(Document("gone"), Ct);
        await Leaks.SaveDocumentAsync(Document("kept"), Ct);
        var article = await ArticleAsync();
        await Leaks.AddFindingsAsync([FindingOf("gone", article), FindingOf("kept", article)], Ct);

        Assert.True(await Leaks.RemoveDocumentAsync("gone", Ct));
        Assert.False(await Leaks.RemoveDocumentAsync("gone", Ct));

        Assert.Null(await Leaks.GetDocumentAsync("gone", Ct));
        Assert.Equal("kept", Assert.Single(await Leaks.ListFindingsAsync(null, 10, null, Ct)).DocumentId);
    }

    [Fact]
    public async Task Finding_round_trips_with_its_spans_and_comes_back_with_an_id_and_the_document_name()
    {
        await Leaks.SaveDocumentAsync(Document("a1", "Health memo"), Ct);
        var article = await ArticleAsync("Флуд & co");

        var added = Assert.Single(await Leaks.AddFindingsAsync([FindingOf("a1", article)], Ct));
        var listed = Assert.Single(await Leaks.ListFindingsAsync(null, 10, null, Ct));

        Assert.NotEqual(0, added.Id);
        Assert.Equal("Health memo", added.DocumentName);
        Assert.Equal((added.Id, "a1", "Health memo", article.Id, "Флуд & co", article.Url), (listed.Id, listed.DocumentId, listed.DocumentName, listed.ArticleId, listed.ArticleTitle, listed.ArticleUrl));
        Assert.Equal((11, 0.268, "…the quoted paragraph…", ManualClock.Epoch), (listed.MatchedFingerprints, listed.Coverage, listed.Excerpt, listed.FoundAt));
        Assert.Equal([new LeakSpan(416, 735), new LeakSpan(800, 850)], listed.Spans);
    }

    [Fact]
    public async Task Adding_a_finding_for_the_same_document_and_article_again_stores_nothing()
    {
        await Leaks.SaveDocumentAsync(Document("a1"), Ct);
        var article = await ArticleAsync();
        await Leaks.AddFindingsAsync([FindingOf("a1", article)], Ct);

        var again = await Leaks.AddFindingsAsync([FindingOf("a1", article, ManualClock.Epoch.AddHours(1))], Ct);

        Assert.Empty(again);
        Assert.Equal(ManualClock.Epoch, Assert.Single(await Leaks.ListFindingsAsync(null, 10, null, Ct)).FoundAt);
    }

    [Fact]
    public async Task Finding_for_a_document_or_article_that_no_longer_exists_is_skipped()
    {
        await Leaks.SaveDocumentAsync(Document("a1"), Ct);
        var article = await ArticleAsync();

        var added = await Leaks.AddFindingsAsync([FindingOf("removed", article), FindingOf("a1", article with { Id = article.Id + 1000 })], Ct);

        Assert.Empty(added);
        Assert.Empty(await Leaks.ListFindingsAsync(null, 10, null, Ct));
    }

    [Fact]
    public async Task Findings_are_listed_newest_first_and_filtered_by_document_time_and_limit()
    {
        await Leaks.SaveDocumentAsync(Document("a"), Ct);
        await Leaks.SaveDocumentAsync(Document("b"), Ct);
        var first = await ArticleAsync("First");
        var second = await ArticleAsync("Second");
        var third = await ArticleAsync("Third");
        await Leaks.AddFindingsAsync([FindingOf("a", first, ManualClock.Epoch)], Ct);
        await Leaks.AddFindingsAsync([FindingOf("b", second, ManualClock.Epoch.AddHours(1)), FindingOf("a", third, ManualClock.Epoch.AddHours(2))], Ct);

        Assert.Equal(["Third", "Second", "First"], (await Leaks.ListFindingsAsync(null, 10, null, Ct)).Select(f => f.ArticleTitle));
        Assert.Equal(["Third", "First"], (await Leaks.ListFindingsAsync("a", 10, null, Ct)).Select(f => f.ArticleTitle));
        Assert.Equal(["Third", "Second"], (await Leaks.ListFindingsAsync(null, 10, ManualClock.Epoch.AddHours(1), Ct)).Select(f => f.ArticleTitle));
        Assert.Equal(["Third"], (await Leaks.ListFindingsAsync(null, 1, null, Ct)).Select(f => f.ArticleTitle));
    }

    [Fact]
    public async Task Findings_go_with_their_article_when_retention_deletes_it()
    {
        await Leaks.SaveDocumentAsync(Document("a1"), Ct);
        var old = await ArticleAsync("Old", ManualClock.Epoch.AddDays(-400));
        var recent = await ArticleAsync("Recent");
        await Leaks.AddFindingsAsync([FindingOf("a1", old), FindingOf("a1", recent)], Ct);

        await new SqlRetentionStore(Store.Database).DeleteExpiredArticlesAsync(ManualClock.Epoch.AddDays(-365), 100, Ct);

        Assert.Equal(recent.Id, Assert.Single(await Leaks.ListFindingsAsync(null, 10, null, Ct)).ArticleId);
    }
}
