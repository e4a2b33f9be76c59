using LuceneLock = Lucene.Net.Store.Lock;

namespace Watchdog.Storage.Locking;

/// <summary>
/// An exclusive operating-system lock on a file (<c>flock</c> on Linux, a sharing lock on Windows), taken by opening
/// it with <see cref="FileShare.None"/>. Only one open handle can hold it, in this process or any other; the kernel
/// releases it when the holder closes it or dies (kill -9 included). The file itself is never deleted: deleting a lock
/// file another process holds is how two writers came to share an index before.
/// </summary>
internal sealed class ProcessFileLock(string path, TimeProvider clock) : LuceneLock
{
    private readonly Lock _gate = new();
    private FileStream? _held;

    public string Path { get; } = path;

    public override bool Obtain()
    {
        lock (_gate)
        {
            if (_held is not null) return false;
            try
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
                _held = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e)
            {
                // Held elsewhere: the expected refusal. Kept as the reason Lucene reports when it gives up.
                FailureReason = e;
                return false;
            }
            LockHolder.Current(clock).WriteBeside(Path);
            return true;
        }
    }

    public override bool IsLocked()
    {
        lock (_gate)
        {
            if (_held is not null) return true;
            try
            {
                using var probe = new FileStream(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                return false;
            }
            catch (FileNotFoundException)
            {
                return false;
            }
            catch (IOException)
            {
                return true;
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing) return;
        lock (_gate)
        {
            _held?.Dispose();
            _held = null;
        }
    }

    public override string ToString() => $"{nameof(ProcessFileLock)}@{Path}";
}
