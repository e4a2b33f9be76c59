using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Contracts;

/// <summary>Counting every match of a search per day, source and language; and listing every match's id for exports.</summary>
public abstract class SearchBreakdownContract : StoreContract
{
    private static readonly DateTimeOffset Day0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private long _nextId = 1;

    private async Task<long> IndexAsync(string text, DateTimeOffset published, string language = "en", long sourceId = 1)
    {
        var article = TestArticles.Make("Title", text, language, sourceId, published) with { Id = _nextId++ };
        await Store.Search.IndexAsync([article], Ct);
        return article.Id;
    }

    private static SearchRequest Days(string query, int days) => new() { Query = query, From = Day0, To = Day0.AddDays(days).AddTicks(-1) };

    [Fact]
    public async Task Matches_are_counted_per_day_source_and_language()
    {
        await IndexAsync("flood in the valley", Day0.AddHours(3), sourceId: 1);
        await IndexAsync("another flood warning", Day0.AddHours(20), sourceId: 2);
        await IndexAsync("flood waters recede", Day0.AddDays(2).AddHours(1), language: "ru", sourceId: 2);
        await IndexAsync("election results", Day0.AddDays(1), sourceId: 1);

        var breakdown = await Store.Search.BreakdownAsync(Days("flood", 3), TimeSpan.FromDays(1), Ct);

        Assert.Equal(3, breakdown.Total);
        Assert.Equal([2L, 0L, 1L], breakdown.Counts);
        Assert.Equal(1, breakdown.BySource[1]);
        Assert.Equal(2, breakdown.BySource[2]);
        Assert.Equal(2, breakdown.ByLanguage["en"]);
        Assert.Equal(1, breakdown.ByLanguage["ru"]);
    }

    [Fact]
    public async Task Tones_are_counted_over_the_period_per_day_and_per_source_with_untagged_articles_apart()
    {
        // Stored, then indexed, as ingest does: PostgreSQL reads each match's tone from its article row.
        async Task StoreAndIndexAsync(string text, DateTimeOffset published, long sourceId, Tone? tone)
        {
            var added = await Store.Articles.AddAsync(TestArticles.Make("Title", text, "en", sourceId, published) with { Tone = tone }, Ct);
            await Store.Search.IndexAsync([added.Article], Ct);
        }
        await StoreAndIndexAsync("flood relief praised", Day0.AddHours(3), 1, Tone.Positive);
        await StoreAndIndexAsync("flood damage blamed on officials", Day0.AddHours(9), 2, Tone.Negative);
        await StoreAndIndexAsync("flood warning issued", Day0.AddHours(12), 2, Tone.Neutral);
        await StoreAndIndexAsync("flood of 1998 recalled", Day0.AddDays(2), 2, null);
        await StoreAndIndexAsync("flood deaths condemned", Day0.AddDays(2).AddHours(1), 1, Tone.Negative);
        await StoreAndIndexAsync("election praised", Day0.AddHours(1), 1, Tone.Positive);

        var tones = (await Store.Search.BreakdownAsync(Days("flood", 3), TimeSpan.FromDays(1), Ct)).Tones;

        Assert.Equal(new ToneCounts(Positive: 1, Negative: 2, Neutral: 1, Untagged: 1), tones.Total);
        Assert.Equal(new ToneCounts(1, 1, 1, 0), tones.PerBucket[0]);
        Assert.Equal(ToneCounts.None, tones.PerBucket[1]);
        Assert.Equal(new ToneCounts(0, 1, 0, 1), tones.PerBucket[2]);
        Assert.Equal(new ToneCounts(1, 1, 0, 0), tones.BySource[1]);
        Assert.Equal(new ToneCounts(0, 1, 1, 1), tones.BySource[2]);
        Assert.Equal(0.5, tones.Total.Share(Tone.Negative));
    }

    [Fact]
    public async Task Matches_outside_the_date_range_are_not_counted()
    {
        await IndexAsync("flood before", Day0.AddDays(-1));
        await IndexAsync("flood inside", Day0.AddHours(1));
        await IndexAsync("flood after", Day0.AddDays(5));

        var breakdown = await Store.Search.BreakdownAsync(Days("flood", 2), TimeSpan.FromDays(1), Ct);

        Assert.Equal(1, breakdown.Total);
        Assert.Equal([1L, 0L], breakdown.Counts);
    }

    [Fact]
    public async Task Hourly_buckets_split_a_day()
    {
        await IndexAsync("storm", Day0.AddMinutes(10));
        await IndexAsync("storm", Day0.AddMinutes(50));
        await IndexAsync("storm", Day0.AddHours(2).AddMinutes(5));

        var breakdown = await Store.Search.BreakdownAsync(
            new SearchRequest { Query = "storm", From = Day0, To = Day0.AddHours(3).AddTicks(-1) }, TimeSpan.FromHours(1), Ct);

        Assert.Equal([2L, 0L, 1L], breakdown.Counts);
    }

    [Fact]
    public async Task A_breakdown_without_a_date_range_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.Search.BreakdownAsync(new SearchRequest { Query = "storm" }, TimeSpan.FromDays(1), Ct));
    }

    [Fact]
    public async Task Too_many_buckets_are_refused_with_the_limit_named()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.Search.BreakdownAsync(Days("storm", 3 * 365), TimeSpan.FromHours(1), Ct));
        Assert.Contains(SearchBreakdown.MaxBuckets.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public async Task An_invalid_query_is_refused_as_such()
    {
        await Assert.ThrowsAsync<InvalidQueryException>(() => Store.Search.BreakdownAsync(Days("(flood", 1), TimeSpan.FromDays(1), Ct));
    }

    [Fact]
    public async Task Matching_ids_are_every_match_newest_first_beyond_a_result_page()
    {
        var ids = new List<long>();
        for (var i = 0; i < 130; i++) ids.Add(await IndexAsync($"harvest report {i}", Day0.AddHours(i)));
        await IndexAsync("unrelated", Day0);

        var matching = await Store.Search.MatchingIdsAsync(new SearchRequest { Query = "harvest", PageSize = 10 }, Ct);

        Assert.Equal(Enumerable.Reverse(ids), matching);
    }

    [Fact]
    public async Task Matching_ids_honour_the_request_filters()
    {
        var english = await IndexAsync("harvest report", Day0, language: "en");
        await IndexAsync("harvest report", Day0, language: "ru");

        var matching = await Store.Search.MatchingIdsAsync(new SearchRequest { Query = "harvest", Language = "en" }, Ct);

        Assert.Equal([english], matching);
    }
}
