using Watchdog.Core.Governance;
using Watchdog.Storage.Sql;
using Watchdog.Storage.Sql.Governance;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Governance;

/// <summary>
/// The audit log refuses every statement that would change or remove an entry: one test per statement form, the
/// forms both databases share here, each backend's own forms in its derived class.
/// </summary>
public abstract class AuditAppendOnlyContract : StoreContract
{
    protected SqlAuditLog Audit => new(Store.Database);

    /// <summary>An insert over the entry <c>@id</c> that turns into an update when it exists, in the backend's syntax.</summary>
    protected abstract string UpsertOverEntry { get; }

    protected async Task<AuditEntry> AppendAsync() =>
        await Audit.AppendAsync(new AuditEntry { Actor = "alice", Action = AuditActions.Search, Details = "{\"q\":\"нефть\"}" }, Ct);

    /// <summary>Runs <paramref name="statement"/> against the entry <c>@id</c>: it must fail as append-only and leave the entry as it was.</summary>
    protected async Task AssertRefusedAndKeptAsync(string statement, long id)
    {
        var refused = await Record.ExceptionAsync(() => Store.Database.WriteAsync((c, tx) => c.ExecuteAsync(statement, tx, Ct, ("@id", id)), Ct));

        Assert.Contains("append-only", refused?.Message, StringComparison.Ordinal);
        var entry = Assert.Single((await Audit.ListAsync(new AuditQuery(), Ct)).Entries);
        Assert.Equal((id, "alice", AuditActions.Search), (entry.Id, entry.Actor, entry.Action));
    }

    [Fact]
    public async Task Update_of_an_entry_is_refused() =>
        await AssertRefusedAndKeptAsync("UPDATE audit_log SET actor = 'mallory' WHERE id = @id", (await AppendAsync()).Id);

    [Fact]
    public async Task Delete_of_an_entry_is_refused() =>
        await AssertRefusedAndKeptAsync("DELETE FROM audit_log WHERE id = @id", (await AppendAsync()).Id);

    [Fact]
    public async Task Upsert_over_an_entry_is_refused() =>
        await AssertRefusedAndKeptAsync(UpsertOverEntry, (await AppendAsync()).Id);

    [Fact]
    public async Task New_entries_are_still_appended_after_a_refused_overwrite()
    {
        var first = await AppendAsync();
        await Record.ExceptionAsync(() => Store.Database.WriteAsync((c, tx) => c.ExecuteAsync(UpsertOverEntry, tx, Ct, ("@id", first.Id)), Ct));

        var second = await AppendAsync();

        Assert.True(second.Id > first.Id);
        Assert.Equal(2, (await Audit.ListAsync(new AuditQuery(), Ct)).Total);
    }
}
