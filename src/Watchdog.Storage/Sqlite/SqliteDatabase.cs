using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Watchdog.Storage.Sql;

namespace Watchdog.Storage.Sqlite;

/// <summary>
/// The embedded database file: applies migrations, runs reads on open connections that keep their statements
/// prepared, and runs writes one at a time in IMMEDIATE transactions so concurrent callers queue in-process instead
/// of spinning on SQLITE_BUSY.
/// </summary>
public sealed class SqliteDatabase : ISqlDatabase, IDisposable
{
    /// <summary>Another process (the CLI beside a running service) may hold the write lock briefly; wait rather than fail.</summary>
    private const int BusyTimeoutMs = 15_000;

    public const string MigrationResourcePrefix = "sqlite-migrations/";

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private readonly GroupedWrites _writes;

    /// <summary>
    /// Read connections kept open between reads, so their prepared statements are reused (SQLite parses a new command's
    /// SQL on every run). Bounded by about the pipeline's concurrency; a read finding none idle opens another.
    /// </summary>
    private const int MaxIdleReaders = 16;

    private readonly ConcurrentBag<PreparedConnection> _idleReaders = [];
    private readonly Lock _readersGate = new();
    private bool _disposed;

    private static readonly object Configured = new();
    private readonly ConditionalWeakTable<object, object> _configuredHandles = new();

    private SqliteDatabase(string connectionString)
    {
        _connectionString = connectionString;
        _writes = new GroupedWrites(OpenConnectionAsync, _writeGate);
    }

    public TimeProvider Clock { get; private init; } = TimeProvider.System;

    public ISqlValues Values => SqliteValues.Instance;

    /// <summary>Opens (creating if needed) the database file and brings its schema up to date.</summary>
    public static async Task<SqliteDatabase> OpenAsync(string path, TimeProvider? clock, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000,
        };
        var database = new SqliteDatabase(builder.ToString()) { Clock = clock ?? TimeProvider.System };
        try
        {
            await database.MigrateAsync(ct);
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    private async Task MigrateAsync(CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        // WAL persists in the file: readers never block the writer, and a commit survives kill -9 once it returns.
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL", null, ct);
        var migrations = SqlMigrationRunner.LoadEmbedded(typeof(SqliteDatabase).Assembly, MigrationResourcePrefix);
        await _writeGate.WaitAsync(ct);
        try
        {
            await SqlMigrationRunner.ApplyAsync(connection, migrations, lockStatement: null, ct);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken ct)
    {
        PreparedConnection? reader = null;
        try
        {
            reader = TakeIdleReader() ?? await PreparedConnection.OpenAsync(OpenConnectionAsync, ct);
            var result = await read(reader.Connection);
            if (TryKeepIdle(reader)) reader = null;
            return result;
        }
        finally
        {
            // A read that failed may have left its connection mid-statement: it is closed rather than lent out again.
            reader?.Dispose();
        }
    }

    private PreparedConnection? TakeIdleReader() => _idleReaders.TryTake(out var idle) ? idle : null;

    private bool TryKeepIdle(PreparedConnection reader)
    {
        lock (_readersGate)
        {
            if (_disposed || _idleReaders.Count >= MaxIdleReaders) return false;
            _idleReaders.Add(reader);
            return true;
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> in one transaction: all of it is committed, or none of it. Writes that arrive
    /// together share one commit (see <see cref="GroupedWrites"/>); each still returns only once it is committed.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct) =>
        _writes.RunAsync(write, ct);

    public void Dispose()
    {
        // Pooled connections keep the file (and its -wal/-shm) open; release them so the folder can be moved or deleted.
        _writes.Dispose();
        lock (_readersGate)
        {
            _disposed = true;
            while (_idleReaders.TryTake(out var reader)) reader.Dispose();
        }
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _writeGate.Dispose();
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        // A pooled connection keeps its native handle, and with it these settings: configure each handle once, not
        // on every open (the pipeline opens a connection per read and per write batch).
        if (connection.Handle is { } handle && !_configuredHandles.TryGetValue(handle, out _))
        {
            // synchronous=NORMAL in WAL mode loses nothing on a process crash (kill -9); only an OS crash or power
            // cut can drop the last commits, which is the usual trade for write throughput.
            await connection.ExecuteAsync(
                $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON",
                null, ct);
            _configuredHandles.AddOrUpdate(handle, Configured);
        }
        return connection;
    }
}
