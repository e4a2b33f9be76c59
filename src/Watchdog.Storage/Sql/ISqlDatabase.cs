using System.Data.Common;

namespace Watchdog.Storage.Sql;

/// <summary>What the shared SQL stores need from a backend: connections, one transaction per write, its value mapping and clock.</summary>
public interface ISqlDatabase
{
    TimeProvider Clock { get; }
    ISqlValues Values { get; }

    Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken ct);

    /// <summary>Runs <paramref name="write"/> in one transaction: all of it is committed, or none of it.</summary>
    Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct);
}

public static class SqlDatabaseExtensions
{
    public static Task WriteAsync(this ISqlDatabase database, Func<DbConnection, DbTransaction, Task> write, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            await write(connection, tx);
            return true;
        }, ct);

    /// <summary>The current time as the backend stores it.</summary>
    public static object? Now(this ISqlDatabase database) => database.Values.Time(database.Clock.GetUtcNow());
}
