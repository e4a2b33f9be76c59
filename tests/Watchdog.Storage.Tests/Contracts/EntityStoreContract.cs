using Watchdog.Core.Articles;
using Watchdog.Core.Entities;
using Watchdog.Storage.Sql.Entities;
using Watchdog.Storage.Sql.Retention;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Contracts;

/// <summary>Entities per article and which tagger version tagged it, the same in each backend.</summary>
public abstract class EntityStoreContract : StoreContract
{
    private SqlEntityStore Entities => new(Store.Database);

    private async Task<Article> ArticleAsync(string title, DateTimeOffset? fetchedAt = null) =>
        (await Store.Articles.AddAsync(TestArticles.Make(title, $"{title} text") with { FetchedAt = fetchedAt ?? ManualClock.Epoch }, Ct)).Article;

    private static readonly ArticleEntity Tokayev = new("person", "k tokaev", "Касым-Жомарт Токаев", 2);
    private static readonly ArticleEntity Almaty = new("location", "almaty", "Алматы", 1);

    [Fact]
    public async Task Saved_entities_come_back_for_the_articles_tagged_by_that_version()
    {
        var article = await ArticleAsync("Visit");
        await Entities.SaveAsync(article.Id, 1, [Tokayev, Almaty], Ct);

        var tagged = Assert.Single(await Entities.GetAsync([article.Id], 1, Ct));

        Assert.Equal(article.Id, tagged.ArticleId);
        Assert.Equal([Almaty, Tokayev], tagged.Entities.OrderBy(e => e.Key));
    }

    [Fact]
    public async Task An_article_tagged_with_no_entities_is_tagged_and_one_never_tagged_is_not()
    {
        var empty = await ArticleAsync("Weather");
        var untagged = await ArticleAsync("Sports");
        await Entities.SaveAsync(empty.Id, 1, [], Ct);

        var tagged = Assert.Single(await Entities.GetAsync([empty.Id, untagged.Id], 1, Ct));

        Assert.Equal((empty.Id, 0), (tagged.ArticleId, tagged.Entities.Count));
        Assert.Equal([untagged.Id], await Entities.ListUntaggedAsync(1, 10, Ct));
    }

    [Fact]
    public async Task Tagging_again_replaces_the_entities_and_an_older_version_counts_as_untagged()
    {
        var article = await ArticleAsync("Visit");
        await Entities.SaveAsync(article.Id, 1, [Tokayev, Almaty], Ct);

        Assert.Empty(await Entities.GetAsync([article.Id], 2, Ct));
        Assert.Equal([article.Id], await Entities.ListUntaggedAsync(2, 10, Ct));

        await Entities.SaveAsync(article.Id, 2, [Almaty], Ct);
        Assert.Equal([Almaty], Assert.Single(await Entities.GetAsync([article.Id], 2, Ct)).Entities);
        Assert.Empty(await Entities.ListUntaggedAsync(2, 10, Ct));
    }

    [Fact]
    public async Task Untagged_articles_are_listed_newest_first_up_to_the_limit()
    {
        var first = await ArticleAsync("One");
        var second = await ArticleAsync("Two");
        var third = await ArticleAsync("Three");

        Assert.Equal([third.Id, second.Id], await Entities.ListUntaggedAsync(1, 2, Ct));
        Assert.NotEqual(first.Id, third.Id);
    }

    [Fact]
    public async Task More_ids_than_one_query_takes_are_read_in_chunks()
    {
        var article = await ArticleAsync("Visit");
        await Entities.SaveAsync(article.Id, 1, [Almaty], Ct);
        var ids = Enumerable.Range(1, 1200).Select(i => article.Id + 10_000 + i).Append(article.Id).ToList();

        Assert.Equal(article.Id, Assert.Single(await Entities.GetAsync(ids, 1, Ct)).ArticleId);
    }

    [Fact]
    public async Task Saving_for_an_article_that_no_longer_exists_stores_nothing()
    {
        await Entities.SaveAsync(987_654, 1, [Almaty], Ct);

        Assert.Empty(await Entities.GetAsync([987_654], 1, Ct));
    }

    [Fact]
    public async Task Entities_go_with_their_article_when_retention_deletes_it()
    {
        var old = await ArticleAsync("Old", ManualClock.Epoch.AddDays(-400));
        await Entities.SaveAsync(old.Id, 1, [Tokayev], Ct);

        await new SqlRetentionStore(Store.Database).DeleteExpiredArticlesAsync(ManualClock.Epoch.AddDays(-365), 100, Ct);

        Assert.Empty(await Entities.GetAsync([old.Id], 1, Ct));
    }
}
