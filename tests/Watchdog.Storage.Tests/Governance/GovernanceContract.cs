using Watchdog.Core.Governance;
using Watchdog.Storage.Sql;
using Watchdog.Storage.Sql.Governance;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Governance;

/// <summary>The audit log and the user store, the same over SQLite and PostgreSQL.</summary>
public abstract class GovernanceContract : StoreContract
{
    private SqlAuditLog Audit => new(Store.Database);

    private SqlUserStore Users => new(Store.Database);

    private Task<AuditEntry> AppendAsync(string actor, string action, TimeSpan after, string? target = null) =>
        Audit.AppendAsync(new AuditEntry { Actor = actor, Action = action, Target = target, Details = "{\"q\":\"нефть\"}", At = ManualClock.Epoch + after }, Ct);

    [Fact]
    public async Task Audit_entries_round_trip_newest_first()
    {
        var first = await AppendAsync("alice", AuditActions.Search, TimeSpan.Zero);
        var second = await AppendAsync("bob", AuditActions.QueryCreate, TimeSpan.FromMinutes(1), "query 7");

        var page = await Audit.ListAsync(new AuditQuery(), Ct);

        Assert.Equal([second.Id, first.Id], page.Entries.Select(e => e.Id));
        Assert.Equal(("bob", "query.create", "query 7", "{\"q\":\"нефть\"}", ManualClock.Epoch.AddMinutes(1)),
            (page.Entries[0].Actor, page.Entries[0].Action, page.Entries[0].Target, page.Entries[0].Details, page.Entries[0].At));
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task An_entry_without_a_time_gets_the_store_clock()
    {
        var stored = await Audit.AppendAsync(new AuditEntry { Actor = "cli", Action = AuditActions.Search }, Ct);

        Assert.Equal(ManualClock.Epoch, stored.At);
        Assert.Equal(ManualClock.Epoch, (await Audit.ListAsync(new AuditQuery(), Ct)).Entries.Single().At);
    }

    [Fact]
    public async Task Audit_list_filters_by_action_or_family_actor_and_time_and_pages()
    {
        await AppendAsync("alice", AuditActions.QueryCreate, TimeSpan.Zero);
        await AppendAsync("alice", AuditActions.QueryDelete, TimeSpan.FromHours(1));
        await AppendAsync("bob", AuditActions.QueryCreate, TimeSpan.FromHours(2));
        await AppendAsync("bob", AuditActions.Search, TimeSpan.FromHours(3));
        // A family is a prefix up to a dot, not any prefix: "query" must not match "queryx.create".
        await AppendAsync("bob", "queryx.create", TimeSpan.FromHours(4));

        var family = await Audit.ListAsync(new AuditQuery { Action = "query" }, Ct);
        var exact = await Audit.ListAsync(new AuditQuery { Action = AuditActions.QueryCreate, Actor = "bob" }, Ct);
        var window = await Audit.ListAsync(new AuditQuery { From = ManualClock.Epoch.AddMinutes(30), To = ManualClock.Epoch.AddHours(2) }, Ct);
        var page2 = await Audit.ListAsync(new AuditQuery { Page = 2, PageSize = 2 }, Ct);

        Assert.Equal(3, family.Total);
        Assert.All(family.Entries, e => Assert.StartsWith("query.", e.Action, StringComparison.Ordinal));
        Assert.Equal(ManualClock.Epoch.AddHours(2), Assert.Single(exact.Entries).At);
        Assert.Equal([ManualClock.Epoch.AddHours(2), ManualClock.Epoch.AddHours(1)], window.Entries.Select(e => e.At));
        Assert.Equal((5L, 2), (page2.Total, page2.Entries.Count));
        Assert.Equal([ManualClock.Epoch.AddHours(2), ManualClock.Epoch.AddHours(1)], page2.Entries.Select(e => e.At));
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_an_audit_entry()
    {
        var entry = await AppendAsync("alice", AuditActions.Search, TimeSpan.Zero);

        var update = await Record.ExceptionAsync(() => Store.Database.WriteAsync((c, tx) =>
            c.ExecuteAsync("UPDATE audit_log SET actor = 'mallory' WHERE id = @id", tx, Ct, ("@id", entry.Id)), Ct));
        var delete = await Record.ExceptionAsync(() => Store.Database.WriteAsync((c, tx) =>
            c.ExecuteAsync("DELETE FROM audit_log WHERE id = @id", tx, Ct, ("@id", entry.Id)), Ct));

        Assert.Contains("append-only", update?.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete?.Message, StringComparison.Ordinal);
        Assert.Equal("alice", (await Audit.ListAsync(new AuditQuery(), Ct)).Entries.Single().Actor);
    }

    [Fact]
    public async Task A_user_is_found_by_the_hash_of_their_token_and_by_name_ignoring_case()
    {
        var token = ApiToken.Generate();

        var added = await Users.AddAsync(new User { Name = "Aigerim", Role = Role.Analyst }, ApiToken.Hash(token), Ct);

        Assert.NotEqual(0, added.Id);
        Assert.Equal(("Aigerim", Role.Analyst, ManualClock.Epoch), (added.Name, added.Role, added.CreatedAt));
        Assert.Equal(added, await Users.FindByTokenHashAsync(ApiToken.Hash(token), Ct));
        Assert.Equal(added, await Users.FindAsync("aigerim", Ct));
        Assert.Null(await Users.FindByTokenHashAsync(ApiToken.Hash(ApiToken.Generate()), Ct));
    }

    [Fact]
    public async Task Only_the_hash_of_a_token_is_stored()
    {
        var token = ApiToken.Generate();
        await Users.AddAsync(new User { Name = "viewer1", Role = Role.Viewer }, ApiToken.Hash(token), Ct);

        var stored = await Store.Database.ReadAsync(c => c.QueryAsync("SELECT * FROM users", null,
            r => Enumerable.Range(0, r.FieldCount).Select(i => r.GetValue(i)?.ToString() ?? "").ToList(), Ct), Ct);

        Assert.DoesNotContain(stored.Single(), value => value.Contains(token[ApiToken.Prefix.Length..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_user_with_the_same_name_is_refused()
    {
        await Users.AddAsync(new User { Name = "admin", Role = Role.Admin }, ApiToken.Hash(ApiToken.Generate()), Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Users.AddAsync(new User { Name = "ADMIN" }, ApiToken.Hash(ApiToken.Generate()), Ct));
    }

    [Fact]
    public async Task A_removed_user_is_gone_and_their_token_finds_nobody()
    {
        var token = ApiToken.Generate();
        await Users.AddAsync(new User { Name = "zeta", Role = Role.Viewer }, ApiToken.Hash(token), Ct);
        await Users.AddAsync(new User { Name = "alpha", Role = Role.Admin }, ApiToken.Hash(ApiToken.Generate()), Ct);

        Assert.True(await Users.RemoveAsync("Zeta", Ct));
        Assert.False(await Users.RemoveAsync("zeta", Ct));

        Assert.Null(await Users.FindByTokenHashAsync(ApiToken.Hash(token), Ct));
        Assert.Equal(["alpha"], (await Users.ListAsync(Ct)).Select(u => u.Name));
    }

    [Fact]
    public async Task A_token_keeps_its_expiry_is_replaced_and_revoked()
    {
        var expires = ManualClock.Epoch.AddDays(90);
        var first = ApiToken.Generate();
        var added = await Users.AddAsync(new User { Name = "rotor", Role = Role.Analyst, TokenExpiresAt = expires }, ApiToken.Hash(first), Ct);
        Assert.Equal(expires, (await Users.FindByTokenHashAsync(ApiToken.Hash(first), Ct))!.TokenExpiresAt);
        Assert.Null(added.TokenRevokedAt);

        Assert.True(await Users.RevokeTokenAsync("ROTOR", Ct));
        var revoked = (await Users.FindAsync("rotor", Ct))!;
        Assert.NotNull(revoked.TokenRevokedAt);
        Assert.Contains("revoked", revoked.WhyTokenUnusable(ManualClock.Epoch), StringComparison.Ordinal);

        var second = ApiToken.Generate();
        var renewed = await Users.ReplaceTokenAsync("rotor", ApiToken.Hash(second), null, Ct);
        Assert.Equal((null, null, Role.Analyst), (renewed!.TokenExpiresAt, renewed.TokenRevokedAt, renewed.Role));
        Assert.Null(await Users.FindByTokenHashAsync(ApiToken.Hash(first), Ct));
        Assert.Equal("rotor", (await Users.FindByTokenHashAsync(ApiToken.Hash(second), Ct))!.Name);
        Assert.Null(await Users.ReplaceTokenAsync("nobody", ApiToken.Hash(ApiToken.Generate()), null, Ct));
        Assert.False(await Users.RevokeTokenAsync("nobody", Ct));
    }

    [Fact]
    public void A_token_past_its_expiry_is_unusable()
    {
        var user = new User { Name = "u", TokenExpiresAt = ManualClock.Epoch };
        Assert.Null(user.WhyTokenUnusable(ManualClock.Epoch.AddSeconds(-1)));
        Assert.Contains("expired", user.WhyTokenUnusable(ManualClock.Epoch), StringComparison.Ordinal);
    }
}
