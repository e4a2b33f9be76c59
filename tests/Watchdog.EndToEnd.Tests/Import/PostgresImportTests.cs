using Watchdog.Cli.CommandLine;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Testing;
using Watchdog.Testing.Postgres;

namespace Watchdog.EndToEnd.Tests.Import;

/// <summary>`watchdog import` on the PostgreSQL store, chosen by the same configuration as every other command.</summary>
public sealed class PostgresImportTests(PostgresServerFixture server) : IClassFixture<PostgresServerFixture>, IAsyncLifetime
{
    private readonly string _folder = TestPaths.NewTempFolder("watchdog-import-pg");
    private string _config = "";

    public async Task InitializeAsync()
    {
        var connectionString = await server.DatabaseForAsync(typeof(PostgresImportTests));
        await PostgresServerFixture.EmptyAsync(connectionString);
        _config = Path.Combine(_folder, "watchdog.yaml");
        await File.WriteAllTextAsync(_config, $"store:\n  kind: postgres\n  connectionString: \"{connectionString}\"\n");
    }

    public Task DisposeAsync()
    {
        TestPaths.DeleteQuietly(_folder);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_archive_is_imported_into_postgres_searchable_with_duplicates_and_bad_lines_counted()
    {
        var file = ImportArchive.Write(_folder, ImportArchive.Russian, ImportArchive.Kazakh, "{\"url\": 5}", ImportArchive.Russian, ImportArchive.English);

        var run = await CliRun.RunAsync("import", file, "--json", "--config", _config);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal((3L, 1L, 1L, 0L), (run.Json.GetProperty("imported").GetInt64(), run.Json.GetProperty("duplicates").GetInt64(),
            run.Json.GetProperty("badLines").GetInt64(), run.Json.GetProperty("leftForIndexer").GetInt64()));
        Assert.Contains("line 3: skipped: 'url' is missing", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await CliRun.RunAsync("search", "тасқынның", "--json", "--config", _config)).Json.GetProperty("total").GetInt64());
        Assert.Equal(1, (await CliRun.RunAsync("search", "lang:ru Уральска", "--json", "--config", _config)).Json.GetProperty("total").GetInt64());
        var stats = (await CliRun.RunAsync("stats", "--json", "--config", _config)).Json;
        Assert.Equal((3L, 0L), (stats.GetProperty("articles").GetInt64(), stats.GetProperty("waitingToBeIndexed").GetInt64()));
    }
}
