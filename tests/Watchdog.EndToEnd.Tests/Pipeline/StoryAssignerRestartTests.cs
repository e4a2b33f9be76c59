using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Pipeline.Metrics;
using Watchdog.Pipeline.Stages.Stories;
using Watchdog.Storage;
using Watchdog.Storage.Sql.Stories;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Pipeline;

/// <summary>A process taking over story assignment restores the open stories from the store, so later reports join them.</summary>
public sealed class StoryAssignerRestartTests : IDisposable
{
    private static readonly DateTimeOffset Day0 = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _data = TestPaths.NewTempFolder("watchdog-story-restart");

    public void Dispose() => TestPaths.DeleteQuietly(_data);

    [Fact]
    public async Task A_report_after_a_takeover_joins_the_story_stored_before_it()
    {
        var ct = CancellationToken.None;
        using var store = await EmbeddedStore.OpenAsync(_data);
        var stories = new SqlStoryStore(store.Database);
        var first = await TestArticles.AddIndexedAsync(store, TestArticles.Make("Court jails blogger Arman Seitov for two years",
            "A district court in Almaty sentenced blogger Arman Seitov to two years over his posts about the akimat.", "en", Day0.AddHours(1)));
        var second = await TestArticles.AddIndexedAsync(store, TestArticles.Make("Blogger Seitov sentenced to two years by Almaty court",
            "Arman Seitov, a blogger critical of the akimat, was sentenced by an Almaty district court to two years.", "en", Day0.AddHours(3)));
        var harvest = await TestArticles.AddIndexedAsync(store, TestArticles.Make("Wheat harvest beats forecasts",
            "Farmers in the north report a record wheat harvest this autumn.", "en", Day0.AddHours(2)));
        using (var before = new StoryAssigner(stories, store.Articles, new PipelineMetrics(), TimeProvider.System))
        {
            Assert.Equal(3, await before.AssignPendingAsync(ct));
        }
        var third = await TestArticles.AddIndexedAsync(store, TestArticles.Make("Almaty court sentences Seitov; lawyers to appeal",
            "Lawyers for blogger Arman Seitov said they will appeal the Almaty court sentence of two years.", "en", Day0.AddHours(6)));

        // The first process's lease has run out by the time the second asks.
        using var after = new StoryAssigner(stories, store.Articles, new PipelineMetrics(), new LaterClock(StoryAssigner.LeaseDuration * 2));
        Assert.Equal(1, await after.AssignPendingAsync(ct));

        var memberships = await stories.GetMembershipsAsync([first, second, harvest, third], ct);
        Assert.Equal(memberships[first].StoryId, memberships[second].StoryId);
        Assert.Equal(memberships[first].StoryId, memberships[third].StoryId);
        Assert.NotEqual(memberships[first].StoryId, memberships[harvest].StoryId);
    }

    private sealed class LaterClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + ahead;
    }
}
