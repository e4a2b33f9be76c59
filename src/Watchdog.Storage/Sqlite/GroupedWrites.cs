using System.Data.Common;
using Microsoft.Data.Sqlite;
using Watchdog.Storage.Sql;

namespace Watchdog.Storage.Sqlite;

/// <summary>
/// Runs the writes that callers hand in concurrently in one shared transaction, one savepoint each, and commits once
/// for all of them. SQLite takes one writer at a time, so with many pipeline workers each storing a few small rows
/// per page, the cost was the transaction around each write (connection, BEGIN IMMEDIATE, COMMIT), not the rows.
/// </summary>
/// <remarks>
/// What each caller sees does not change: its write is all or nothing (a failing write rolls back to its savepoint
/// and only that caller gets the exception), and its task completes only after the commit that holds its rows,
/// so a write that returned survives kill -9 exactly as before. Writes run in the order they arrived.
/// </remarks>
/// <para>
/// All writes go through one long-lived connection that keeps its statements prepared (<see cref="PreparedCommands"/>);
/// it is only ever used under the write gate, and a batch that fails as a whole drops it, so the next starts afresh.
/// </para>
internal sealed class GroupedWrites(Func<CancellationToken, Task<SqliteConnection>> openConnection, SemaphoreSlim writeGate) : IDisposable
{
    /// <summary>Bounds how long one commit keeps the write lock (the CLI in another process may be waiting for it).</summary>
    private const int MaxWritesPerCommit = 128;

    private readonly Lock _gate = new();
    private readonly Queue<PendingWrite> _pending = new();
    private bool _draining;
    private PreparedConnection? _writer;

    public async Task<T> RunAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var pending = new PendingWrite(async (connection, tx) => await write(connection, tx), ct);
        bool drain;
        lock (_gate)
        {
            _pending.Enqueue(pending);
            drain = !_draining;
            _draining = true;
        }
        // The first caller to find nobody writing writes for everyone who queues meanwhile.
        if (drain) await DrainAsync();
        return (T)(await pending.Done.Task)!;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<PendingWrite> batch;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _draining = false;
                    return;
                }
                batch = new List<PendingWrite>(Math.Min(_pending.Count, MaxWritesPerCommit));
                while (batch.Count < MaxWritesPerCommit && _pending.TryDequeue(out var next)) batch.Add(next);
            }
            await CommitBatchAsync(batch);
        }
    }

    private async Task CommitBatchAsync(List<PendingWrite> batch)
    {
        // Each caller's cancellation covers its own write only; the shared transaction must finish for the others.
        var outcomes = new (object? Result, Exception? Error)[batch.Count];
        try
        {
            await writeGate.WaitAsync(CancellationToken.None);
            try
            {
                _writer ??= await PreparedConnection.OpenAsync(openConnection, CancellationToken.None);
                var connection = _writer.Connection;
                // IMMEDIATE: take the write lock now, so another process's writer makes us wait (busy_timeout) instead of failing later.
#pragma warning disable CA1849 // BeginTransactionAsync has no IMMEDIATE (deferred: false) form; SQLite's async methods run synchronously anyway
                await using var tx = connection.BeginTransaction(deferred: false);
#pragma warning restore CA1849
                for (var i = 0; i < batch.Count; i++) outcomes[i] = await RunInSavepointAsync(connection, tx, batch[i]);
                await tx.CommitAsync(CancellationToken.None);
            }
            finally
            {
                writeGate.Release();
            }
        }
        catch (Exception e)
        {
            DropWriter();
            // Nothing of this batch was committed: every caller learns it.
            foreach (var write in batch) write.Done.TrySetException(e);
            return;
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Error is { } error) batch[i].Done.TrySetException(error);
            else batch[i].Done.TrySetResult(outcomes[i].Result);
        }
    }

    private static async Task<(object?, Exception?)> RunInSavepointAsync(DbConnection connection, DbTransaction tx, PendingWrite write)
    {
        if (write.Cancellation.IsCancellationRequested) return (null, new OperationCanceledException(write.Cancellation));
        // One name serves every write: each savepoint is released (or rolled back and released) before the next.
        await connection.ExecuteAsync("SAVEPOINT write", tx, CancellationToken.None);
        try
        {
            var result = await write.Run(connection, tx);
            await connection.ExecuteAsync("RELEASE write", tx, CancellationToken.None);
            return (result, null);
        }
        catch (Exception e)
        {
            await connection.ExecuteAsync("ROLLBACK TO write; RELEASE write", tx, CancellationToken.None);
            return (null, e);
        }
    }

    /// <summary>Called under the write gate, or once nothing writes any more.</summary>
    private void DropWriter()
    {
        _writer?.Dispose();
        _writer = null;
    }

    public void Dispose() => DropWriter();

    private sealed record PendingWrite(Func<DbConnection, DbTransaction, Task<object?>> Run, CancellationToken Cancellation)
    {
        public TaskCompletionSource<object?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
