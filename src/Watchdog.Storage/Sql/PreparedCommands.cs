using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Watchdog.Storage.Sql;

/// <summary>
/// Commands kept prepared on one long-lived connection, one per SQL text, so a statement the connection runs again
/// is bound and stepped without being parsed again. SQLite parses a new command's SQL on every execution (the
/// pipeline's store path spent ≈ 3 % of its CPU there), while a reused command keeps its prepared statements.
/// </summary>
/// <remarks>
/// Only a connection used by one caller at a time may have a cache (the embedded store's writer under its write gate,
/// and its read connections, each lent to one read at a time). A command is rented while it runs, so a statement run again while its reader is still open gets a fresh,
/// uncached command instead of disturbing the first one.
/// </remarks>
public sealed class PreparedCommands : IDisposable
{
    /// <summary>Bounds the cache if some caller builds its SQL text from data (an IN list of varying length).</summary>
    private const int MaxCommands = 256;

    private static readonly ConditionalWeakTable<DbConnection, PreparedCommands> Caches = new();

    private readonly Dictionary<string, DbCommand> _idle = new(StringComparer.Ordinal);
    private readonly DbConnection _connection;

    private PreparedCommands(DbConnection connection) => _connection = connection;

    /// <summary>Gives <paramref name="connection"/> a cache; dispose it before the connection.</summary>
    public static PreparedCommands AttachTo(DbConnection connection)
    {
        var cache = new PreparedCommands(connection);
        Caches.AddOrUpdate(connection, cache);
        return cache;
    }

    /// <returns>A command for <paramref name="sql"/> to return with <see cref="Return"/>, or null when the connection has no cache.</returns>
    internal static DbCommand? TryRent(DbConnection connection, string sql) =>
        Caches.TryGetValue(connection, out var cache) ? cache.Rent(sql) : null;

    internal static void Return(DbConnection connection, DbCommand command)
    {
        if (Caches.TryGetValue(connection, out var cache)) cache.Keep(command);
        else command.Dispose();
    }

    private DbCommand? Rent(string sql)
    {
        if (_idle.Remove(sql, out var command)) return command;
        if (_idle.Count >= MaxCommands) return null;
        command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private void Keep(DbCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        if (!_idle.TryAdd(command.CommandText, command)) command.Dispose();
    }

    public void Dispose()
    {
        Caches.Remove(_connection);
        foreach (var command in _idle.Values) command.Dispose();
        _idle.Clear();
    }
}
