using Watchdog.Pipeline.Configuration;
using Watchdog.Storage;
using Watchdog.Storage.Raw;
using Watchdog.Testing;
using Watchdog.Testing.Postgres;

namespace Watchdog.EndToEnd.Tests.Retention;

/// <summary>Retention over the embedded store: SQLite, the Lucene index and body files on disk.</summary>
public sealed class EmbeddedRetentionTests : RetentionRunnerContract
{
    private readonly string _data = TestPaths.NewTempFolder("watchdog-retention");

    protected override Task<IReadOnlyDictionary<string, string?>> StoreSettingsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?> { ["Watchdog:DataFolder"] = _data });

    protected override Task AssertRawBodyGoneAsync(string purgedHash, string keptHash)
    {
        var raw = Path.Combine(_data, EmbeddedStore.RawFolderName);
        Assert.False(File.Exists(RawFileLayout.PathFor(raw, purgedHash)), "the purged body's file is still on disk");
        Assert.True(File.Exists(RawFileLayout.PathFor(raw, keptHash)), "the kept body's file is gone");
        Assert.Empty(Directory.EnumerateFiles(raw, "*.purged", SearchOption.AllDirectories));
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders.
        }
    }
}

/// <summary>Retention over PostgreSQL: article rows, tsvector documents and bytea bodies.</summary>
public sealed class PostgresRetentionTests(PostgresServerFixture server) : RetentionRunnerContract, IClassFixture<PostgresServerFixture>
{
    protected override async Task<IReadOnlyDictionary<string, string?>> StoreSettingsAsync()
    {
        var connectionString = await server.DatabaseForAsync(typeof(PostgresRetentionTests));
        await PostgresServerFixture.EmptyAsync(connectionString);
        return new Dictionary<string, string?>
        {
            ["Watchdog:Store:Kind"] = nameof(StoreKind.Postgres),
            ["Watchdog:Store:ConnectionString"] = connectionString,
        };
    }
}
