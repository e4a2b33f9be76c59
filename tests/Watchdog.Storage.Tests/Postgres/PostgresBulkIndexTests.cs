using Watchdog.Core.Search;
using Watchdog.Storage.Tests.Support;
using Watchdog.Testing.Postgres;

namespace Watchdog.Storage.Tests.Postgres;

/// <summary>PostgreSQL indexes a batch in one statement (its rows as arrays): what that must not change.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresBulkIndexTests(PostgresServerFixture server) : StoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);

    [Fact]
    public async Task An_article_given_twice_in_a_batch_is_indexed_once_as_last_given()
    {
        var first = TestArticles.Make("Old title", "Harbour news.") with { Id = 1, Tags = ["Port"] };

        await Store.Search.IndexAsync([first, first with { Title = "New title", Tags = ["Sea", "Ships"] }], Ct);

        var results = await Store.Search.SearchAsync(new SearchRequest { Query = "harbour tag:ships" }, Ct);
        Assert.Equal(1, results.Total);
        Assert.Equal("New title", Assert.Single(results.Hits).Title);
    }

    [Fact]
    public async Task Rows_without_a_date_tags_or_ones_with_quotes_keep_their_columns()
    {
        var article = TestArticles.Make("A \"quoted\" title", "Harbour news.") with { Id = 2, PublishedAt = null, Tags = ["it's", "[x]"] };

        await Store.Search.IndexAsync([article, TestArticles.Make("Other", "Harbour too.") with { Id = 3, Tags = [] }], Ct);

        var hit = Assert.Single((await Store.Search.SearchAsync(new SearchRequest { Query = "harbour tag:\"it's\"" }, Ct)).Hits);
        Assert.Equal(2, hit.ArticleId);
        Assert.Null(hit.PublishedAt);
        Assert.Equal(2, (await Store.Search.SearchAsync(new SearchRequest { Query = "harbour" }, Ct)).Total);
    }
}
