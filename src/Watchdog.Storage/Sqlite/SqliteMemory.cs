namespace Watchdog.Storage.Sqlite;

/// <summary>
/// Native memory SQLite holds in this process (page caches of every open connection, prepared statements, its own
/// bookkeeping): outside the managed heap, so /metrics reports it apart.
/// </summary>
public static class SqliteMemory
{
    /// <returns>Bytes SQLite has allocated and not freed; 0 when SQLite was never loaded in this process (PostgreSQL workers).</returns>
    public static long UsedBytes()
    {
        try
        {
            return SQLitePCL.raw.sqlite3_memory_used();
        }
        catch (Exception)
        {
            // SQLitePCL throws a plain Exception when no provider was set up yet: then nothing of SQLite is in memory.
            return 0;
        }
    }
}
