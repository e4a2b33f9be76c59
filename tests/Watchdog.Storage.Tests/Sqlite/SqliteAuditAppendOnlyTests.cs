using Watchdog.Storage.Tests.Governance;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Sqlite;

/// <summary>
/// SQLite's own forms: REPLACE resolves its conflict by deleting the old row without running DELETE triggers, so
/// these are stopped by a trigger before the insert.
/// </summary>
public sealed class SqliteAuditAppendOnlyTests : AuditAppendOnlyContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);

    protected override string UpsertOverEntry =>
        "INSERT INTO audit_log (id, at, actor, action) VALUES (@id, 0, 'mallory', 'nothing') ON CONFLICT (id) DO UPDATE SET actor = excluded.actor";

    [Fact]
    public async Task Replace_over_an_entry_is_refused() =>
        await AssertRefusedAndKeptAsync("REPLACE INTO audit_log (id, at, actor, action) VALUES (@id, 0, 'mallory', 'nothing')", (await AppendAsync()).Id);

    [Fact]
    public async Task Insert_or_replace_over_an_entry_is_refused() =>
        await AssertRefusedAndKeptAsync("INSERT OR REPLACE INTO audit_log (id, at, actor, action) VALUES (@id, 0, 'mallory', 'nothing')", (await AppendAsync()).Id);

    [Fact]
    public async Task Update_or_replace_of_an_entry_is_refused() =>
        await AssertRefusedAndKeptAsync("UPDATE OR REPLACE audit_log SET actor = 'mallory' WHERE id = @id", (await AppendAsync()).Id);
}
