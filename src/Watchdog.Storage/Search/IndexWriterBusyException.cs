using Watchdog.Storage.Locking;

namespace Watchdog.Storage.Search;

/// <summary>A process that must write the index (the service) found another process writing it for longer than it waits.</summary>
public sealed class IndexWriterBusyException(string folder, LockHolder? holder, TimeSpan waited) : InvalidOperationException(
    $"The data folder's search index {folder} is being written by {(holder is null ? "another Watchdog process" : holder.ToString())}; " +
    $"waited {waited.TotalSeconds:0} s. Only one Watchdog service can run on a data folder: stop that process, or give this one another --data folder.")
{
    public LockHolder? Holder { get; } = holder;
}
