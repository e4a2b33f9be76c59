using Watchdog.Storage.Locking;

namespace Watchdog.Storage.Search;

/// <summary>
/// A write to an embedded index that another process is writing. Nothing is lost: the article store keeps what is to
/// be indexed (the <c>indexed</c> flag, pending removals), and the writing process applies it.
/// </summary>
public sealed class SearchIndexReadOnlyException(string folder, LockHolder? holder) : InvalidOperationException(
    $"The search index in {folder} is open read-only: {(holder is null ? "another Watchdog process" : holder.ToString())} is writing it.")
{
    public LockHolder? Holder { get; } = holder;
}
