using System.Data.Common;
using Npgsql;
using Watchdog.Storage.Sql;

namespace Watchdog.Storage.Postgres;

/// <summary>A pooled PostgreSQL data source with the schema brought up to date; writes run in one transaction each.</summary>
public sealed class PostgresDatabase : ISqlDatabase, IAsyncDisposable
{
    public const string MigrationResourcePrefix = "postgres-migrations/";

    /// <summary>Any fixed number; it makes concurrent migrators (several workers starting together) take turns.</summary>
    private const long MigrationLockKey = 0x57617463_68646f67; // "Watchdog"

    private readonly NpgsqlDataSource _dataSource;

    private PostgresDatabase(NpgsqlDataSource dataSource, TimeProvider clock)
    {
        _dataSource = dataSource;
        Clock = clock;
    }

    public TimeProvider Clock { get; }

    public ISqlValues Values => PostgresValues.Instance;

    public static async Task<PostgresDatabase> OpenAsync(string connectionString, TimeProvider? clock, CancellationToken ct)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            var migrations = SqlMigrationRunner.LoadEmbedded(typeof(PostgresDatabase).Assembly, MigrationResourcePrefix);
            await SqlMigrationRunner.ApplyAsync(connection, migrations, $"SELECT pg_advisory_xact_lock({MigrationLockKey})", ct);
            return new PostgresDatabase(dataSource, clock ?? TimeProvider.System);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        return await read(connection);
    }

    /// <summary>Runs <paramref name="write"/> in one transaction: all of it is committed, or none of it.</summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var result = await write(connection, tx);
        await tx.CommitAsync(ct);
        return result;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
