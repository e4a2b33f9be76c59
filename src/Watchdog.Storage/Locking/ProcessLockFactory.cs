using Lucene.Net.Store;
using LuceneLock = Lucene.Net.Store.Lock;

namespace Watchdog.Storage.Locking;

/// <summary>
/// Lucene lock factory for a folder shared by several processes: each lock is a <see cref="ProcessFileLock"/>, so one
/// index writer per folder across every process, released by the operating system if its holder is killed.
/// </summary>
/// <remarks>
/// Lucene.NET's own NativeFSLockFactory takes a <em>shared</em> lock on Linux (two processes both "obtain" it) and
/// deletes the file when it closes: a CLI command beside the running service then opened a second writer and
/// removed the service's lock.
/// </remarks>
internal sealed class ProcessLockFactory(string folder, TimeProvider clock) : LockFactory
{
    public override LuceneLock MakeLock(string lockName) => new ProcessFileLock(PathOf(lockName), clock);

    /// <summary>Lucene calls this to break a stale lock; an operating-system lock cannot be stale, so nothing is removed.</summary>
    public override void ClearLock(string lockName)
    {
    }

    public string PathOf(string lockName) =>
        System.IO.Path.Combine(folder, LockPrefix is { Length: > 0 } prefix ? $"{prefix}-{lockName}" : lockName);
}
