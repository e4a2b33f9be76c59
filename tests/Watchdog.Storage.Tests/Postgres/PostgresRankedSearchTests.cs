using Watchdog.Core.Search;
using Watchdog.Storage.Postgres;
using Watchdog.Storage.Tests.Support;
using Watchdog.Testing.Postgres;

namespace Watchdog.Storage.Tests.Postgres;

/// <summary>
/// What PostgreSQL's relevance order approximates: it ranks a query's newest <see cref="PostgresSearchIndex.RankedMatches"/>
/// matches and lists the older ones after them, newest first; the count and the newest-first order cover every match.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRankedSearchTests(PostgresServerFixture server) : StoreContract
{
    private const string Plain = "Filler words about the bank today.";

    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);

    /// <summary>
    /// Six matches of "bank", article n published on January n: the oldest says it most (title and text), article 4
    /// has it in its title, the others once in the text; article 7 does not match.
    /// </summary>
    private async Task<PostgresSearchIndex> IndexAsync(int rankedMatches)
    {
        var index = new PostgresSearchIndex((PostgresDatabase)Store.Database) { RankedMatches = rankedMatches };
        await index.IndexAsync(
        [
            Article(1, "Bank, bank and bank", "The bank, the bank, the bank and the bank."),
            Article(2, "Monday", Plain),
            Article(3, "Tuesday", Plain),
            Article(4, "Bank news", Plain),
            Article(5, "Thursday", Plain),
            Article(6, "Friday", Plain),
            Article(7, "Saturday", "Nothing to see here."),
        ], Ct);
        return index;
    }

    private static Core.Articles.Article Article(long day, string title, string text) =>
        TestArticles.Make(title, text, "en", 1, new DateTimeOffset(2026, 1, (int)day, 9, 0, 0, TimeSpan.Zero)) with { Id = day };

    private static async Task<long[]> IdsAsync(PostgresSearchIndex index, SearchOrder order, int page = 1, int pageSize = 20) =>
        [.. (await index.SearchAsync(new SearchRequest { Query = "bank", Order = order, Page = page, PageSize = pageSize }, Ct)).Hits.Select(h => h.ArticleId)];

    [Fact]
    public async Task With_no_more_matches_than_it_ranks_relevance_ranks_them_all()
    {
        var index = await IndexAsync(rankedMatches: 6);

        Assert.Equal(new long[] { 1, 4, 6, 5, 3, 2 }, await IdsAsync(index, SearchOrder.Relevance));
    }

    [Fact]
    public async Task With_more_matches_the_newest_are_ranked_and_the_older_follow_newest_first()
    {
        var index = await IndexAsync(rankedMatches: 3);

        var results = await index.SearchAsync(new SearchRequest { Query = "bank", Order = SearchOrder.Relevance }, Ct);

        Assert.Equal([4, 6, 5, 3, 2, 1], results.Hits.Select(h => h.ArticleId));
        Assert.Equal(6, results.Total);
        Assert.All(results.Hits.Take(3), hit => Assert.True(hit.Score > 0));
        Assert.All(results.Hits.Skip(3), hit => Assert.Equal(0, hit.Score));
    }

    [Fact]
    public async Task Pages_are_cut_from_one_order_so_none_repeats_or_skips_a_hit()
    {
        var index = await IndexAsync(rankedMatches: 3);

        var paged = new List<long>();
        for (var page = 1; page <= 4; page++) paged.AddRange(await IdsAsync(index, SearchOrder.Relevance, page, pageSize: 2));

        Assert.Equal(await IdsAsync(index, SearchOrder.Relevance), paged);
    }

    [Fact]
    public async Task Newest_first_lists_every_match_with_its_rank()
    {
        var index = await IndexAsync(rankedMatches: 1);

        var results = await index.SearchAsync(new SearchRequest { Query = "bank", Order = SearchOrder.Newest, PageSize = 4 }, Ct);

        Assert.Equal([6, 5, 4, 3], results.Hits.Select(h => h.ArticleId));
        Assert.Equal(6, results.Total);
        Assert.All(results.Hits, hit => Assert.True(hit.Score > 0));
    }

    [Theory]
    [InlineData("lang*")]
    [InlineData("language*")]
    [InlineData("NOT bank")]
    public async Task The_language_every_vector_carries_is_found_by_no_query(string query)
    {
        var index = await IndexAsync(rankedMatches: 3);

        var results = await index.SearchAsync(new SearchRequest { Query = query }, Ct);

        Assert.Equal(query.StartsWith("NOT", StringComparison.Ordinal) ? [7] : Array.Empty<long>(), results.Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public async Task A_page_past_the_last_match_has_no_hit_but_the_count()
    {
        var index = await IndexAsync(rankedMatches: 3);

        var results = await index.SearchAsync(new SearchRequest { Query = "\"the bank\"", Page = 5, PageSize = 2 }, Ct);

        Assert.Empty(results.Hits);
        Assert.Equal(6, results.Total);
    }
}
