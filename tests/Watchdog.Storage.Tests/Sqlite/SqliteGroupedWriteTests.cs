using Watchdog.Storage.Sql;
using Watchdog.Storage.Sqlite;
using Watchdog.Testing;

namespace Watchdog.Storage.Tests.Sqlite;

/// <summary>Writes that arrive together share a commit, yet each stays all-or-nothing on its own.</summary>
public sealed class SqliteGroupedWriteTests : IAsyncLifetime
{
    private const int Writers = 24;
    private readonly string _folder = TestPaths.NewTempFolder("watchdog-grouped");
    private SqliteDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await OpenAsync();
        await _database.WriteAsync((c, tx) => c.ExecuteAsync("CREATE TABLE marks (value INTEGER NOT NULL UNIQUE)", tx, CancellationToken.None), CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_failing_write_among_concurrent_ones_rolls_back_only_itself()
    {
        const int failing = 7;
        // The failing writer inserts its own row, then the same row again: the unique key breaks whatever order the
        // writers run in, and its first row must go too.
        var writes = Enumerable.Range(0, Writers).Select(i => Task.Run(() => _database.WriteAsync(async (c, tx) =>
        {
            await c.ExecuteAsync("INSERT INTO marks (value) VALUES (@v)", tx, CancellationToken.None, ("@v", i));
            if (i == failing) await c.ExecuteAsync("INSERT INTO marks (value) VALUES (@v)", tx, CancellationToken.None, ("@v", i));
        }, CancellationToken.None))).ToList();

        var outcome = await Task.WhenAll(writes.Select(async w => { try { await w; return true; } catch (Microsoft.Data.Sqlite.SqliteException) { return false; } }));

        Assert.Equal(Enumerable.Range(0, Writers).Select(i => i != failing), outcome);
        Assert.Equal(Enumerable.Range(0, Writers).Where(i => i != failing).Select(i => (long)i), await ValuesAsync(_database));
    }

    [Fact]
    public async Task Concurrent_writes_are_committed_when_they_return()
    {
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(() => _database.WriteAsync(
            (c, tx) => c.ExecuteAsync("INSERT INTO marks (value) VALUES (@v)", tx, CancellationToken.None, ("@v", i)), CancellationToken.None))));

        // A second, separate handle on the file sees every row: nothing waits in an open transaction.
        using var other = await OpenAsync();
        Assert.Equal(Enumerable.Range(0, Writers).Select(i => (long)i), await ValuesAsync(other));
    }

    [Fact]
    public async Task Reads_on_kept_connections_see_every_write_committed_since_by_any_handle()
    {
        using var other = await OpenAsync();
        for (var i = 0; i < 3; i++)
        {
            // The same statement each time, so each read reuses a kept connection's prepared statement.
            Assert.Equal(Enumerable.Range(0, i).Select(v => (long)v), await ValuesAsync(_database));
            await other.WriteAsync((c, tx) => c.ExecuteAsync("INSERT INTO marks (value) VALUES (@v)", tx, CancellationToken.None, ("@v", i)), CancellationToken.None);
        }
        Assert.Equal([0L, 1L, 2L], await ValuesAsync(_database));
    }

    private Task<SqliteDatabase> OpenAsync() => SqliteDatabase.OpenAsync(Path.Combine(_folder, "watchdog.db"), null, CancellationToken.None);

    private static async Task<List<long>> ValuesAsync(SqliteDatabase database) =>
        await database.ReadAsync(c => c.QueryAsync("SELECT value FROM marks ORDER BY value", null, r => r.Int64("value"), CancellationToken.None), CancellationToken.None);
}
