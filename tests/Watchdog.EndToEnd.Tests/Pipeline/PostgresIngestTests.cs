using Npgsql;
using Watchdog.Core.Search;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Pipeline.Configuration;
using Watchdog.SampleWeb;
using Watchdog.Testing.Postgres;

namespace Watchdog.EndToEnd.Tests.Pipeline;

/// <summary>The whole service against the sample web with the scale-out store: PostgreSQL instead of the embedded files.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class PostgresIngestTests(PostgresServerFixture server) : IClassFixture<PostgresServerFixture>, IAsyncLifetime
{
    private readonly SampleWebServer _web = new();
    private PipelineHarness _watchdog = null!;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        await _web.StartAsync(CancellationToken.None);
        _connectionString = await server.DatabaseForAsync(typeof(PostgresIngestTests));
        await PostgresServerFixture.EmptyAsync(_connectionString);
        _watchdog = await PipelineHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Watchdog:Store:Kind"] = nameof(StoreKind.Postgres),
            ["Watchdog:Store:ConnectionString"] = _connectionString,
        });
    }

    public async Task DisposeAsync()
    {
        await _watchdog.DisposeAsync();
        await _web.DisposeAsync();
    }

    [Fact]
    public async Task Feed_articles_are_stored_in_postgres_and_searchable()
    {
        var source = (await _watchdog.AddSourceAsync(_web.Site(SampleSites.RussianNews).Url("/rss.xml"), SourceKind.Feed)).Source;

        await _watchdog.WaitForIdleAsync(source.Id);

        var latest = await _watchdog.Service<IArticleStore>().LatestAsync(50, source.Id, CancellationToken.None);
        Assert.NotEmpty(latest);
        Assert.Equal(await _watchdog.Service<IArticleStore>().CountAsync(CancellationToken.None), await ArticleRowsInPostgresAsync());
        var article = latest[0];
        var word = System.Text.RegularExpressions.Regex.Matches(article.Title, @"\p{L}+").Select(m => m.Value).MaxBy(w => w.Length)!;
        var results = await _watchdog.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = word, PageSize = 100 }, CancellationToken.None);
        Assert.Contains(results.Hits, hit => hit.ArticleId == article.Id);
    }

    /// <summary>Read past the service, so the test sees that the rows really are in PostgreSQL and not in an embedded file.</summary>
    private async Task<long> ArticleRowsInPostgresAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM articles", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
