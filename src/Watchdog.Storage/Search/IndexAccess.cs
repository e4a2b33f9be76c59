namespace Watchdog.Storage.Search;

/// <summary>
/// How a process opens the embedded search index. One process per data folder writes it (Lucene's write lock, held as
/// an operating-system lock, see <c>Locking/ProcessFileLock</c>); every other process reads what that one commits.
/// </summary>
public enum IndexAccess
{
    /// <summary>Write if no other process does, else read (tests, and CLI commands that change articles).</summary>
    WriteIfFree,

    /// <summary>The service: must write; waits a while for the holder to finish, then fails naming it.</summary>
    Write,

    /// <summary>Never write, never take the lock (CLI commands that only read), so the service can always start.</summary>
    Read,
}
