using Npgsql;
using Watchdog.Core.Governance;
using Watchdog.Storage.Postgres;
using Watchdog.Storage.Sql;
using Watchdog.Storage.Sql.Governance;
using Watchdog.Storage.Tests.Governance;
using Watchdog.Storage.Tests.Support;
using Watchdog.Testing.Postgres;

namespace Watchdog.Storage.Tests.Postgres;

/// <summary>
/// PostgreSQL's own forms: TRUNCATE runs no row trigger and is stopped by a statement trigger, even for the table's
/// owner; and the application role of the README's set-up is not even allowed to try.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditAppendOnlyTests(PostgresServerFixture server) : AuditAppendOnlyContract
{
    /// <summary>The application role of the README's "PostgreSQL set-up" (cluster-wide, so one name for every run).</summary>
    private const string AppRole = "watchdog_app_test";

    private string _connectionString = "";

    protected override async Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock)
    {
        _connectionString = await server.DatabaseForAsync(GetType());
        return await PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
    }

    protected override string UpsertOverEntry => """
        INSERT INTO audit_log (id, at, actor, action) OVERRIDING SYSTEM VALUE VALUES (@id, now(), 'mallory', 'nothing')
        ON CONFLICT (id) DO UPDATE SET actor = excluded.actor
        """;

    [Fact]
    public async Task Truncate_is_refused() =>
        await AssertRefusedAndKeptAsync("TRUNCATE audit_log", (await AppendAsync()).Id);

    [Fact]
    public async Task The_readme_application_role_appends_and_reads_but_may_not_change_or_empty_the_log()
    {
        await using (var owner = new NpgsqlConnection(_connectionString))
        {
            await owner.OpenAsync();
            await owner.ExecuteAsync(
                $"""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{AppRole}') THEN CREATE ROLE {AppRole} LOGIN; END IF;
                END $$;
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {AppRole};
                GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {AppRole};
                REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {AppRole};
                """, null, Ct);
        }
        var asApp = new NpgsqlConnectionStringBuilder(_connectionString) { Username = AppRole }.ConnectionString;
        await using var app = await PostgresStore.OpenAsync(asApp, Clock, Ct);
        var appAudit = new SqlAuditLog(app.Database);

        var appended = await appAudit.AppendAsync(new AuditEntry { Actor = "alice", Action = AuditActions.Search }, Ct);
        var update = await Record.ExceptionAsync(() => app.Database.WriteAsync((c, tx) => c.ExecuteAsync("UPDATE audit_log SET actor = 'm'", tx, Ct), Ct));
        var delete = await Record.ExceptionAsync(() => app.Database.WriteAsync((c, tx) => c.ExecuteAsync("DELETE FROM audit_log", tx, Ct), Ct));
        var truncate = await Record.ExceptionAsync(() => app.Database.WriteAsync((c, tx) => c.ExecuteAsync("TRUNCATE audit_log", tx, Ct), Ct));

        Assert.Equal(appended.Id, Assert.Single((await appAudit.ListAsync(new AuditQuery(), Ct)).Entries).Id);
        Assert.All([update, delete, truncate], e => Assert.Contains("permission denied", e?.Message, StringComparison.Ordinal));
    }
}
