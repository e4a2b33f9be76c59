using Microsoft.Data.Sqlite;
using Watchdog.Storage.Sql;

namespace Watchdog.Storage.Sqlite;

/// <summary>An open connection that keeps the statements it runs prepared (<see cref="PreparedCommands"/>); one user at a time.</summary>
internal sealed class PreparedConnection : IDisposable
{
    private readonly PreparedCommands _commands;

    private PreparedConnection(SqliteConnection connection)
    {
        Connection = connection;
        _commands = PreparedCommands.AttachTo(connection);
    }

    public SqliteConnection Connection { get; }

    public static async Task<PreparedConnection> OpenAsync(Func<CancellationToken, Task<SqliteConnection>> open, CancellationToken ct) =>
        new(await open(ct));

    public void Dispose()
    {
        _commands.Dispose();
        Connection.Dispose();
    }
}
