using Watchdog.Core.Articles;
using Watchdog.Core.Stories;
using Watchdog.Storage.Sql.Retention;
using Watchdog.Storage.Sql.Stories;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Contracts;

/// <summary>Story memberships, stories and the assigner's lease, the same in each backend.</summary>
public abstract class StoryStoreContract : StoreContract
{
    private SqlStoryStore Stories => new(Store.Database);

    private async Task<Article> ArticleAsync(string title, DateTimeOffset? fetchedAt = null) =>
        (await Store.Articles.AddAsync(TestArticles.Make(title, $"{title} text") with { FetchedAt = fetchedAt ?? ManualClock.Epoch }, Ct)).Article;

    private static StoredStory Story(int id, int size) =>
        new(id, ["flood", "semey"], ["en", "ru"], ManualClock.Epoch, ManualClock.Epoch.AddHours(3), size);

    [Fact]
    public async Task Memberships_and_stories_round_trip_with_a_full_64_bit_fingerprint()
    {
        var article = await ArticleAsync("Flood");
        await Stories.SaveAsync([new StoryMembership(article.Id, 7, ulong.MaxValue - 5, ManualClock.Epoch)], [Story(7, 1)], Ct);

        var membership = (await Stories.GetMembershipsAsync([article.Id, 999], Ct)).Values.Single();
        var story = (await Stories.GetStoriesAsync([7], Ct))[7];

        Assert.Equal(new StoryMembership(article.Id, 7, ulong.MaxValue - 5, ManualClock.Epoch), membership);
        Assert.Equal(["flood", "semey"], story.Label);
        Assert.Equal(["en", "ru"], story.Languages);
        Assert.Equal(1, story.Size);
        Assert.Equal(7, await Stories.MaxStoryIdAsync(Ct));
        Assert.Equal(ManualClock.Epoch, await Stories.NewestPublishedAsync(Ct));
    }

    [Fact]
    public async Task An_article_keeps_its_first_story_and_a_story_its_latest_state()
    {
        var article = await ArticleAsync("Flood");
        await Stories.SaveAsync([new StoryMembership(article.Id, 1, 1, ManualClock.Epoch)], [Story(1, 1)], Ct);

        await Stories.SaveAsync([new StoryMembership(article.Id, 2, 1, ManualClock.Epoch)], [Story(1, 4)], Ct);

        Assert.Equal(1, (await Stories.GetMembershipsAsync([article.Id], Ct))[article.Id].StoryId);
        Assert.Equal(4, (await Stories.GetStoriesAsync([1], Ct))[1].Size);
    }

    [Fact]
    public async Task Unassigned_articles_are_listed_oldest_first_until_they_have_a_story()
    {
        var first = await ArticleAsync("One");
        var second = await ArticleAsync("Two");
        Assert.Equal([first.Id, second.Id], await Stories.ListUnassignedAsync(10, Ct));
        Assert.Equal(0, await Stories.MaxStoryIdAsync(Ct));
        Assert.Null(await Stories.NewestPublishedAsync(Ct));

        await Stories.SaveAsync([new StoryMembership(first.Id, 1, 1, ManualClock.Epoch)], [Story(1, 1)], Ct);

        Assert.Equal([second.Id], await Stories.ListUnassignedAsync(10, Ct));
    }

    [Fact]
    public async Task Members_and_memberships_since_a_time_are_read_by_story_and_publication()
    {
        var old = await ArticleAsync("Old");
        var recent = await ArticleAsync("Recent");
        await Stories.SaveAsync(
            [new StoryMembership(old.Id, 1, 1, ManualClock.Epoch), new StoryMembership(recent.Id, 2, 2, ManualClock.Epoch.AddDays(5))],
            [Story(1, 1), Story(2, 1)], Ct);

        Assert.Equal([recent.Id], (await Stories.ListPublishedSinceAsync(ManualClock.Epoch.AddDays(1), Ct)).Select(m => m.ArticleId));
        Assert.Equal([old.Id], (await Stories.ListMembersAsync([1], Ct)).Select(m => m.ArticleId));
    }

    [Fact]
    public async Task The_lease_goes_to_one_holder_until_it_expires()
    {
        var now = ManualClock.Epoch;

        Assert.True(await Stories.TryLeaseAsync("a", now, now.AddMinutes(1), Ct));
        Assert.False(await Stories.TryLeaseAsync("b", now.AddSeconds(30), now.AddMinutes(2), Ct));
        Assert.True(await Stories.TryLeaseAsync("a", now.AddSeconds(30), now.AddMinutes(2), Ct));
        Assert.True(await Stories.TryLeaseAsync("b", now.AddMinutes(3), now.AddMinutes(4), Ct));
        Assert.False(await Stories.TryLeaseAsync("a", now.AddMinutes(3), now.AddMinutes(4), Ct));
    }

    [Fact]
    public async Task Retention_takes_memberships_with_their_articles_and_stories_left_empty()
    {
        var old = await ArticleAsync("Old", ManualClock.Epoch.AddDays(-400));
        var kept = await ArticleAsync("Kept");
        await Stories.SaveAsync(
            [new StoryMembership(old.Id, 1, 1, ManualClock.Epoch), new StoryMembership(kept.Id, 2, 2, ManualClock.Epoch)],
            [Story(1, 1), Story(2, 1)], Ct);

        await new SqlRetentionStore(Store.Database).DeleteExpiredArticlesAsync(ManualClock.Epoch.AddDays(-365), 100, Ct);

        Assert.Equal([kept.Id], (await Stories.GetMembershipsAsync([old.Id, kept.Id], Ct)).Keys);
        Assert.Equal([2], (await Stories.GetStoriesAsync([1, 2], Ct)).Keys);
    }
}
