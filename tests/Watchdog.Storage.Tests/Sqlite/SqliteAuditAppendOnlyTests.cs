using Watchdog.Core.Governance;
using Watchdog.Storage.Sql;
using Watchdog.Storage.Sql.Governance;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Sqlite;

/// <summary>
/// The embedded audit log refuses every statement that would change an entry, including the forms that run no UPDATE
/// or DELETE trigger (REPLACE resolves its conflict by deleting the old row without firing DELETE triggers).
/// </summary>
public sealed class SqliteAuditAppendOnlyTests : StoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);

    private SqlAuditLog Audit => new(Store.Database);

    private async Task<AuditEntry> AppendAsync() =>
        await Audit.AppendAsync(new AuditEntry { Actor = "alice", Action = AuditActions.Search, Details = "{\"q\":\"нефть\"}" }, Ct);

    private async Task AssertRefusedAndKeptAsync(string statement, long id)
    {
        var refused = await Record.ExceptionAsync(() => Store.Database.WriteAsync((c, tx) => c.ExecuteAsync(statement, tx, Ct, ("@id", id)), Ct));

        Assert.Contains("append-only", refused?.Message, StringComparison.Ordinal);
        var entry = Assert.Single((await Audit.ListAsync(new AuditQuery(), Ct)).Entries);
        Assert.Equal((id, "alice", AuditActions.Search), (entry.Id, entry.Actor, entry.Action));
    }

    [Fact]
    public async Task Replace_over_an_entry_is_refused() =>
        await AssertRefusedAndKeptAsync("REPLACE INTO audit_log (id, at, actor, action) VALUES (@id, 0, 'mallory', 'nothing')", (await AppendAsync()).Id);

    [Fact]
    public async Task Insert_or_replace_over_an_entry_is_refused() =>
        await AssertRefusedAndKeptAsync("INSERT OR REPLACE INTO audit_log (id, at, actor, action) VALUES (@id, 0, 'mallory', 'nothing')", (await AppendAsync()).Id);

    [Fact]
    public async Task Upsert_over_an_entry_is_refused() =>
        await AssertRefusedAndKeptAsync(
            "INSERT INTO audit_log (id, at, actor, action) VALUES (@id, 0, 'mallory', 'nothing') ON CONFLICT (id) DO UPDATE SET actor = excluded.actor",
            (await AppendAsync()).Id);

    [Fact]
    public async Task Update_or_replace_of_an_entry_is_refused() =>
        await AssertRefusedAndKeptAsync("UPDATE OR REPLACE audit_log SET actor = 'mallory' WHERE id = @id", (await AppendAsync()).Id);

    [Fact]
    public async Task Update_of_an_entry_is_refused() =>
        await AssertRefusedAndKeptAsync("UPDATE audit_log SET actor = 'mallory' WHERE id = @id", (await AppendAsync()).Id);

    [Fact]
    public async Task Delete_of_an_entry_is_refused() =>
        await AssertRefusedAndKeptAsync("DELETE FROM audit_log WHERE id = @id", (await AppendAsync()).Id);

    [Fact]
    public async Task New_entries_are_still_appended_after_a_refused_overwrite()
    {
        var first = await AppendAsync();
        await Record.ExceptionAsync(() => Store.Database.WriteAsync((c, tx) =>
            c.ExecuteAsync("REPLACE INTO audit_log (id, at, actor, action) VALUES (@id, 0, 'mallory', 'nothing')", tx, Ct, ("@id", first.Id)), Ct));

        var second = await AppendAsync();

        Assert.True(second.Id > first.Id);
        Assert.Equal(2, (await Audit.ListAsync(new AuditQuery(), Ct)).Total);
    }
}
