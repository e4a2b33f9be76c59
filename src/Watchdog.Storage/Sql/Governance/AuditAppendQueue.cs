using System.Threading.Channels;
using Watchdog.Core.Governance;

namespace Watchdog.Storage.Sql.Governance;

/// <summary>
/// Writes the audit entries that arrive together in one transaction: every search is an entry, and one commit each
/// (PostgreSQL: a WAL flush each) was a large share of a search's cost under load. There is no waiting window: one
/// writer takes whatever queued while the previous commit ran, so a lone entry is written at once and a burst shares
/// commits by itself.
/// </summary>
/// <remarks>
/// Each caller's task completes only after the commit that holds its entry, so what the caller then does (answering
/// the search) happens after its entry is durable: a crash loses no entry of an answered request, and a shutdown needs
/// no flush. The price is a share of one commit in each request's latency, rather than none with a write-behind buffer.
/// </remarks>
internal sealed class AuditAppendQueue
{
    /// <summary>Bounds one transaction (and how long it holds SQLite's write lock) during a burst.</summary>
    private const int MaxEntriesPerCommit = 256;

    private readonly Func<IReadOnlyList<AuditEntry>, Task<IReadOnlyList<AuditEntry>>> _appendAll;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <param name="appendAll">Stores the entries in one transaction and returns them with their ids, in order.</param>
    public AuditAppendQueue(Func<IReadOnlyList<AuditEntry>, Task<IReadOnlyList<AuditEntry>>> appendAll)
    {
        _appendAll = appendAll;
        _ = Task.Run(WriteLoopAsync);
    }

    public Task<AuditEntry> AppendAsync(AuditEntry entry)
    {
        var pending = new Pending(entry);
        // Unbounded and never completed: the write cannot fail.
        _queue.Writer.TryWrite(pending);
        return pending.Stored.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxEntriesPerCommit);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxEntriesPerCommit && _queue.Reader.TryRead(out var next)) batch.Add(next);
            await WriteAsync(batch);
            batch.Clear();
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            var stored = await _appendAll(batch.ConvertAll(p => p.Entry));
            for (var i = 0; i < batch.Count; i++) batch[i].Stored.TrySetResult(stored[i]);
        }
        catch (Exception e)
        {
            // Nothing of the batch was committed; every caller learns it (a request fails rather than going unrecorded).
            foreach (var pending in batch) pending.Stored.TrySetException(e);
        }
    }

    private sealed record Pending(AuditEntry Entry)
    {
        public TaskCompletionSource<AuditEntry> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
