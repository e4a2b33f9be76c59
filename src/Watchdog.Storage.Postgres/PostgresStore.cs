using Watchdog.Storage.Sql.Stores;
using Watchdog.Storage.Sql.Watching;

namespace Watchdog.Storage.Postgres;

/// <summary>
/// The scale-out store: every storage contract over one PostgreSQL database (raw bodies included, in bytea).
/// Disposing closes the connection pool.
/// </summary>
public sealed class PostgresStore : IAsyncDisposable
{
    private PostgresStore(PostgresDatabase database)
    {
        Database = database;
        Sources = new SqlSourceStore(database);
        Articles = new SqlArticleStore(database);
        UrlStates = new SqlUrlStateStore(database);
        FetchLog = new SqlFetchLog(database);
        Queue = new PostgresWorkQueue(database);
        Raw = new PostgresRawStore(database);
        Search = new PostgresSearchIndex(database);
        Watch = new SqlWatchStore(database);
    }

    public PostgresDatabase Database { get; }
    public SqlSourceStore Sources { get; }
    public SqlArticleStore Articles { get; }
    public SqlUrlStateStore UrlStates { get; }
    public SqlFetchLog FetchLog { get; }
    public PostgresWorkQueue Queue { get; }
    public PostgresRawStore Raw { get; }
    public PostgresSearchIndex Search { get; }
    public SqlWatchStore Watch { get; }

    /// <summary>Connects and brings the schema up to date (safe when several workers start at once).</summary>
    /// <param name="clock">Time used for leases and timestamps; the system clock when null.</param>
    public static async Task<PostgresStore> OpenAsync(string connectionString, TimeProvider? clock = null, CancellationToken ct = default) =>
#pragma warning disable CA2000 // the store owns the database and disposes it with itself
        new(await PostgresDatabase.OpenAsync(connectionString, clock, ct));
#pragma warning restore CA2000

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
