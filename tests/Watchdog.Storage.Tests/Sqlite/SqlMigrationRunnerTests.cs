using Microsoft.Data.Sqlite;
using Watchdog.Storage.Sql;
using Watchdog.Storage.Sqlite;
using Watchdog.Testing;

namespace Watchdog.Storage.Tests.Sqlite;

public sealed class SqlMigrationRunnerTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("watchdog-migrations");
    private readonly SqliteConnection _connection;

    public SqlMigrationRunnerTests()
    {
        _connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "m.db")};Pooling=false");
        _connection.Open();
    }

    public void Dispose()
    {
        _connection.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Migrations_apply_in_name_order_and_are_recorded()
    {
        SqlMigration[] migrations =
        [
            new("0002_add_column", "ALTER TABLE t ADD COLUMN b TEXT"),
            new("0001_create", "CREATE TABLE t (a TEXT)"),
        ];

        var applied = await SqlMigrationRunner.ApplyAsync(_connection, migrations, null, Ct);

        Assert.Equal(["0001_create", "0002_add_column"], applied);
        Assert.Equal(["0001_create", "0002_add_column"], await SqlMigrationRunner.ListAppliedAsync(_connection, Ct));
    }

    [Fact]
    public async Task Applying_again_runs_only_new_migrations()
    {
        await SqlMigrationRunner.ApplyAsync(_connection, [new("0001_create", "CREATE TABLE t (a TEXT)")], null, Ct);

        var applied = await SqlMigrationRunner.ApplyAsync(_connection,
            [new("0001_create", "CREATE TABLE t (a TEXT)"), new("0100_later", "CREATE TABLE later (x TEXT)")], null, Ct);

        Assert.Equal(["0100_later"], applied);
    }

    [Fact]
    public async Task A_failing_migration_leaves_no_trace_and_earlier_ones_stay()
    {
        SqlMigration[] migrations =
        [
            new("0001_create", "CREATE TABLE t (a TEXT)"),
            new("0002_broken", "CREATE TABLE half (x TEXT); THIS IS NOT SQL"),
        ];

        await Assert.ThrowsAsync<SqliteException>(() => SqlMigrationRunner.ApplyAsync(_connection, migrations, null, Ct));

        Assert.Equal(["0001_create"], await SqlMigrationRunner.ListAppliedAsync(_connection, Ct));
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public void Embedded_sqlite_migrations_are_found_in_name_order()
    {
        var migrations = SqlMigrationRunner.LoadEmbedded(typeof(SqliteDatabase).Assembly, SqliteDatabase.MigrationResourcePrefix);

        Assert.Equal("0001_initial", migrations[0].Version);
        Assert.Equal(migrations.Select(m => m.Version).Order(StringComparer.Ordinal), migrations.Select(m => m.Version));
    }

    [Fact]
    public async Task Opening_a_database_twice_applies_the_schema_once()
    {
        var path = Path.Combine(_folder, "store.db");
        using (await SqliteDatabase.OpenAsync(path, null, Ct)) { }

        using var reopened = await SqliteDatabase.OpenAsync(path, null, Ct);
        var versions = await reopened.ReadAsync(c => SqlMigrationRunner.ListAppliedAsync(c, Ct), Ct);

        Assert.Equal(versions.Distinct(), versions);
        Assert.Contains("0001_initial", versions);
    }
}
