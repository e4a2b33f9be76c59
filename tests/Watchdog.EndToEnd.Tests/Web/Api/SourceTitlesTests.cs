using Watchdog.Core.Storage;
using Watchdog.Pipeline.Scheduling;

namespace Watchdog.EndToEnd.Tests.Web.Api;

/// <summary>The cached source titles that search results carry: current after every change the registry makes.</summary>
public sealed class SourceTitlesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task A_source_added_and_then_removed_through_the_registry_is_seen_at_once()
    {
        var titles = app.Service<SourceTitles>();
        var registry = app.Service<SourceRegistry>();
        var added = (await registry.AddAsync(new SourceDraft($"https://titles-{Guid.NewGuid():N}.example/feed") { Title = "Titles Gazette" }, Ct)).Source;

        var before = await titles.ForAsync([added.Id], Ct);
        await registry.RemoveAsync(added.Id, Ct);
        var after = await titles.ForAsync([], Ct);

        Assert.Equal("Titles Gazette", before[added.Id]);
        Assert.False(after.ContainsKey(added.Id));
    }

    [Fact]
    public async Task A_title_changed_behind_the_registry_shows_once_the_cache_is_older_than_its_maximum_age()
    {
        var clock = new ManualTime(DateTimeOffset.UtcNow);
        var sources = app.Service<ISourceStore>();
        var titles = new SourceTitles(sources, clock);
        var source = app.Corpus.SourceOf(Watchdog.SampleWeb.SampleSites.RegionalReview);
        var original = (await titles.ForAsync([source.Id], Ct))[source.Id];

        var stored = (await sources.GetAsync(source.Id, Ct))!;
        await sources.UpdateAsync(stored with { Title = "Renamed Review" }, Ct);
        try
        {
            var stale = (await titles.ForAsync([source.Id], Ct))[source.Id];
            clock.Advance(SourceTitles.MaxAge + TimeSpan.FromSeconds(1));
            var fresh = (await titles.ForAsync([source.Id], Ct))[source.Id];

            Assert.Equal((original, "Renamed Review"), (stale, fresh));
        }
        finally
        {
            await sources.UpdateAsync(stored, Ct);
        }
    }

    private sealed class ManualTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public void Advance(TimeSpan by) => now += by;
    }
}
