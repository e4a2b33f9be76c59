using Watchdog.Core.Articles;
using Watchdog.Storage.Sql;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Contracts;

public abstract class ArticleStoreContract : StoreContract
{
    [Fact]
    public async Task Added_article_reads_back_with_every_field()
    {
        var article = TestArticles.Make("Title", "Body text", "ru", sourceId: 7, published: ManualClock.Epoch.AddHours(-3)) with
        {
            Html = "<p>Body text</p>",
            SiteName = "Example",
            Description = "desc",
            ImageUrl = "https://news.example/i.png",
            RawHash = new string('a', 64),
            ModifiedAt = ManualClock.Epoch.AddHours(-1),
        };

        var added = await Store.Articles.AddAsync(article, Ct);
        var read = await Store.Articles.GetAsync(added.Article.Id, Ct);

        Assert.True(added.Added);
        Assert.Equal(article with { Id = added.Article.Id, Authors = read!.Authors, Tags = read.Tags }, read);
        Assert.Equal(article.Authors, read.Authors);
        Assert.Equal(article.Tags, read.Tags);
    }

    [Fact]
    public async Task Many_articles_read_back_in_id_order_without_the_missing_ones()
    {
        var first = await Store.Articles.AddAsync(TestArticles.Make("Первая", "Текст первой", "ru"), Ct);
        var second = await Store.Articles.AddAsync(TestArticles.Make("Second", "Text of the second", "en"), Ct);
        var third = await Store.Articles.AddAsync(TestArticles.Make("Үшінші", "Үшінші мәтін", "kk"), Ct);

        var read = await Store.Articles.GetManyAsync([third.Article.Id, first.Article.Id, third.Article.Id + 1000, second.Article.Id], Ct);

        Assert.Equal([first.Article.Id, second.Article.Id, third.Article.Id], read.Select(article => article.Id));
        var single = (await Store.Articles.GetAsync(second.Article.Id, Ct))!;
        Assert.Equal(single with { Authors = read[1].Authors, Tags = read[1].Tags }, read[1]);
        Assert.Equal(single.Authors, read[1].Authors);
        Assert.Empty(await Store.Articles.GetManyAsync([], Ct));
    }

    [Fact]
    public async Task Post_reads_back_with_its_platform_author_and_engagement()
    {
        var post = TestArticles.Make("Пост", "Текст поста", "ru", url: "https://t.me/stepnews/1201") with
        {
            Social = new Core.Articles.SocialDetails
            {
                Platform = "telegram",
                PostId = "stepnews/1201",
                Author = "Новости Степи",
                ForwardedFrom = "Акорда",
                Engagement = new Dictionary<string, long> { ["views"] = 12_400 },
            },
        };

        var added = await Store.Articles.AddAsync(post, Ct);
        var read = (await Store.Articles.GetAsync(added.Article.Id, Ct))!.Social!;

        Assert.Equal(("telegram", "stepnews/1201", "Новости Степи", "Акорда"), (read.Platform, read.PostId, read.Author, read.ForwardedFrom));
        Assert.Equal(12_400, read.Engagement["views"]);
        Assert.Null((await Store.Articles.AddAsync(TestArticles.Make("Page", "page text"), Ct)).Article.Social);
    }

    [Fact]
    public async Task Tone_is_stored_per_article_and_an_article_without_one_stays_untagged()
    {
        var negative = await Store.Articles.AddAsync(TestArticles.Make("Fraud", "Accused of fraud.") with { Tone = Tone.Negative }, Ct);
        var untagged = await Store.Articles.AddAsync(TestArticles.Make("Old", "Stored before tone existed."), Ct);

        Assert.Equal(Tone.Negative, (await Store.Articles.GetAsync(negative.Article.Id, Ct))!.Tone);
        Assert.Null((await Store.Articles.GetAsync(untagged.Article.Id, Ct))!.Tone);
    }

    [Fact]
    public async Task Updating_an_article_sets_its_tone_so_reprocessing_tags_older_articles()
    {
        var added = await Store.Articles.AddAsync(TestArticles.Make("Old", "Stored before tone existed."), Ct);

        await Store.Articles.UpdateAsync(added.Article with { Tone = Tone.Positive }, Ct);

        Assert.Equal(Tone.Positive, (await Store.Articles.GetAsync(added.Article.Id, Ct))!.Tone);
    }

    [Fact]
    public async Task Article_with_a_stored_canonical_url_is_a_duplicate()
    {
        var first = await Store.Articles.AddAsync(TestArticles.Make("One", "first text", url: "https://news.example/a"), Ct);

        var second = await Store.Articles.AddAsync(TestArticles.Make("One, updated", "other text", url: "https://news.example/a"), Ct);

        Assert.False(second.Added);
        Assert.Equal(ArticleDuplicate.CanonicalUrl, second.DuplicateOf);
        Assert.Equal(first.Article.Id, second.Article.Id);
        Assert.Equal(1, await Store.Articles.CountAsync(Ct));
    }

    [Fact]
    public async Task Article_with_a_stored_content_hash_is_a_duplicate_even_at_another_url()
    {
        var first = await Store.Articles.AddAsync(TestArticles.Make("Same", "same text"), Ct);

        var mirror = await Store.Articles.AddAsync(TestArticles.Make("Same", "same text"), Ct);

        Assert.False(mirror.Added);
        Assert.Equal(ArticleDuplicate.ContentHash, mirror.DuplicateOf);
        Assert.Equal(first.Article.Id, mirror.Article.Id);
    }

    [Fact]
    public async Task Concurrent_adds_of_the_same_article_store_it_once()
    {
        var article = TestArticles.Make("Race", "race text", url: "https://news.example/race");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Store.Articles.AddAsync(article, Ct))));

        Assert.Single(results, r => r.Added);
        Assert.Equal(1, await Store.Articles.CountAsync(Ct));
    }

    [Fact]
    public async Task Found_by_canonical_url()
    {
        var added = await Store.Articles.AddAsync(TestArticles.Make("T", "x", url: "https://news.example/found"), Ct);

        var found = await Store.Articles.FindByCanonicalUrlAsync(new Uri("https://news.example/found"), Ct);

        Assert.Equal(added.Article.Id, found?.Id);
        Assert.Null(await Store.Articles.FindByCanonicalUrlAsync(new Uri("https://news.example/missing"), Ct));
    }

    [Fact]
    public async Task New_articles_are_unindexed_until_marked()
    {
        var a = (await Store.Articles.AddAsync(TestArticles.Make("A", "a"), Ct)).Article;
        var b = (await Store.Articles.AddAsync(TestArticles.Make("B", "b"), Ct)).Article;

        Assert.Equal([a.Id, b.Id], (await Store.Articles.ListUnindexedAsync(10, Ct)).Select(x => x.Id));
        await Store.Articles.MarkIndexedAsync([a.Id], Ct);

        Assert.Equal([b.Id], (await Store.Articles.ListUnindexedAsync(10, Ct)).Select(x => x.Id));
    }

    [Fact]
    public async Task Update_changes_the_article_and_asks_for_reindexing()
    {
        var stored = (await Store.Articles.AddAsync(TestArticles.Make("Old", "old"), Ct)).Article;
        await Store.Articles.MarkIndexedAsync([stored.Id], Ct);

        await Store.Articles.UpdateAsync(stored with { Title = "New", ContentHash = TestArticles.HashOf("new") }, Ct);

        Assert.Equal("New", (await Store.Articles.GetAsync(stored.Id, Ct))!.Title);
        Assert.Equal(stored.Id, Assert.Single(await Store.Articles.ListUnindexedAsync(10, Ct)).Id);
    }

    [Fact]
    public async Task Latest_lists_newest_first_and_filters_by_source()
    {
        await Store.Articles.AddAsync(TestArticles.Make("old", "1", sourceId: 1, published: ManualClock.Epoch.AddDays(-2)), Ct);
        await Store.Articles.AddAsync(TestArticles.Make("new", "2", sourceId: 1, published: ManualClock.Epoch.AddDays(-1)), Ct);
        await Store.Articles.AddAsync(TestArticles.Make("other", "3", sourceId: 2, published: ManualClock.Epoch), Ct);

        Assert.Equal(["other", "new", "old"], (await Store.Articles.LatestAsync(10, null, Ct)).Select(a => a.Title));
        Assert.Equal(["new", "old"], (await Store.Articles.LatestAsync(10, 1, Ct)).Select(a => a.Title));
        Assert.Equal(["other"], (await Store.Articles.LatestAsync(1, null, Ct)).Select(a => a.Title));
    }

    [Fact]
    public async Task Scan_returns_every_article_in_id_order_across_batches()
    {
        const int count = 1_100;
        for (var i = 0; i < count; i++) await Store.Articles.AddAsync(TestArticles.Make($"t{i}", $"text {i}"), Ct);

        var ids = new List<long>();
        await foreach (var article in Store.Articles.ScanAsync(Ct)) ids.Add(article.Id);

        Assert.Equal(count, ids.Count);
        Assert.Equal(ids.Order(), ids);
    }
}
