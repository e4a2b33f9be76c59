using Watchdog.Cli.CommandLine;
using Watchdog.Core.Governance;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Storage;
using Watchdog.Storage.Sql.Governance;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Cli;

/// <summary>`watchdog users`, `watchdog audit` and `watchdog retention`, and the audit entries other commands leave.</summary>
public sealed class GovernanceCliTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly string _data = TestPaths.NewTempFolder("watchdog-cli-governance");

    public void Dispose() => TestPaths.DeleteQuietly(_data);

    private Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--data", _data]);

    [Fact]
    public async Task Users_add_prints_a_token_once_which_the_store_knows_only_by_its_hash()
    {
        var added = await RunAsync("users", "add", "aigerim", "--role", "analyst");

        Assert.True(added.ExitCode == ExitCodes.Ok, added.Error);
        var token = added.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        Assert.StartsWith(ApiToken.Prefix, token, StringComparison.Ordinal);
        var listed = await RunAsync("users", "list", "--json");
        Assert.Equal("analyst", listed.Json.EnumerateArray().Single().GetProperty("role").GetString());
        Assert.DoesNotContain(token, listed.Output, StringComparison.Ordinal);
        using (var store = await EmbeddedStore.OpenAsync(_data))
        {
            Assert.Equal("aigerim", (await new SqlUserStore(store.Database).FindByTokenHashAsync(ApiToken.Hash(token), Ct))?.Name);
        }
        Assert.Equal(ExitCodes.Ok, (await RunAsync("users", "remove", "aigerim")).ExitCode);
        Assert.Equal(0, (await RunAsync("users", "list", "--json")).Json.GetArrayLength());
    }

    [Fact]
    public async Task Tokens_expire_are_replaced_and_revoked_and_each_step_is_audited()
    {
        var added = await RunAsync("users", "add", "rotor", "--role", "viewer", "--expires", "30d", "--json");
        Assert.True(added.ExitCode == ExitCodes.Ok, added.Error);
        var expires = added.Json.GetProperty("user").GetProperty("tokenExpiresAt").GetDateTimeOffset();
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromDays(29.9), TimeSpan.FromDays(30));
        Assert.Equal(ExitCodes.Usage, (await RunAsync("users", "add", "typo", "--role", "viewer", "--expires", "30m")).ExitCode);

        var renewed = await RunAsync("users", "token", "rotor", "--expires", "never", "--json");
        Assert.True(renewed.ExitCode == ExitCodes.Ok, renewed.Error);
        var token = renewed.Json.GetProperty("token").GetString()!;
        Assert.Equal(ExitCodes.Ok, (await RunAsync("users", "revoke", "rotor")).ExitCode);
        Assert.Equal(ExitCodes.Failure, (await RunAsync("users", "revoke", "nobody")).ExitCode);

        using (var store = await EmbeddedStore.OpenAsync(_data))
        {
            var user = (await new SqlUserStore(store.Database).FindByTokenHashAsync(ApiToken.Hash(token), Ct))!;
            Assert.Contains("revoked", user.WhyTokenUnusable(DateTimeOffset.UtcNow), StringComparison.Ordinal);
        }
        var log = await RunAsync("audit", "list", "--action", "user", "--json");
        Assert.Equal(["user.revoke", "user.token", "user.add"], log.Json.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task A_taken_name_or_an_unknown_role_is_a_usage_error_and_removing_nobody_fails()
    {
        await RunAsync("users", "add", "admin", "--role", "admin");

        Assert.Equal(ExitCodes.Usage, (await RunAsync("users", "add", "ADMIN", "--role", "viewer")).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await RunAsync("users", "add", "someone", "--role", "owner")).ExitCode);
        Assert.Equal(ExitCodes.Failure, (await RunAsync("users", "remove", "nobody")).ExitCode);
    }

    [Fact]
    public async Task Changes_and_searches_made_with_the_cli_are_in_the_audit_log_as_cli()
    {
        await RunAsync("watchlists", "add", "people");
        await RunAsync("queries", "add", "harvest", "grain AND @people");
        await RunAsync("sources", "add", "https://audit.example/feed.xml", "--every", "1h");
        await RunAsync("search", "урожай");
        await RunAsync("users", "add", "bob", "--role", "viewer");

        var all = await RunAsync("audit", "list", "--json");
        var queries = await RunAsync("audit", "list", "--action", "query", "--json");

        Assert.True(all.ExitCode == ExitCodes.Ok, all.Error);
        var entries = all.Json.GetProperty("entries").EnumerateArray().Reverse().ToList();
        Assert.Equal(["watchlist.create", "query.create", "source.add", "search", "user.add"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal(AuditActors.Cli, e.GetProperty("actor").GetString()));
        Assert.Contains("урожай", entries[3].GetProperty("details").GetString(), StringComparison.Ordinal);
        Assert.Equal("query.create", queries.Json.GetProperty("entries").EnumerateArray().Single().GetProperty("action").GetString());
    }

    [Fact]
    public async Task Retention_dry_run_counts_old_articles_and_run_deletes_them_keeping_new_ones()
    {
        using (var store = await EmbeddedStore.OpenAsync(_data))
        {
            var old = await store.Articles.AddAsync(TestArticles.Make("old harvest", DateTimeOffset.UtcNow.AddDays(-400)), Ct);
            var fresh = await store.Articles.AddAsync(TestArticles.Make("new harvest", DateTimeOffset.UtcNow), Ct);
            await store.Search.IndexAsync([old.Article, fresh.Article], Ct);
        }

        var dry = await RunAsync("retention", "run", "--dry-run", "--json");
        var run = await RunAsync("retention", "run", "--json");
        var again = await RunAsync("retention", "run");

        Assert.True(dry.ExitCode == ExitCodes.Ok, dry.Error);
        Assert.Equal((true, 1L), (dry.Json.GetProperty("dryRun").GetBoolean(), dry.Json.GetProperty("articles").GetInt64()));
        Assert.Equal((1L, 1L), (run.Json.GetProperty("articles").GetInt64(), run.Json.GetProperty("indexRemoved").GetInt64()));
        Assert.Contains("Deleted content collected before", again.Output, StringComparison.Ordinal);
        using (var store = await EmbeddedStore.OpenAsync(_data))
        {
            Assert.Equal(["new harvest"], (await store.Articles.LatestAsync(10, null, Ct)).Select(a => a.Title));
            Assert.Equal(1, await store.Search.CountAsync(Ct));
        }
        var audit = await RunAsync("audit", "list", "--action", "retention.run", "--json");
        Assert.Equal(AuditActors.Cli, audit.Json.GetProperty("entries").EnumerateArray().Single().GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Retention_set_to_zero_keeps_everything_and_says_so()
    {
        var config = Path.Combine(_data, "keep.yaml");
        await File.WriteAllTextAsync(config, "retentionDays: 0\n");

        var run = await CliRun.RunAsync("retention", "run", "--config", config, "--data", _data);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Retention is off", run.Output, StringComparison.Ordinal);
    }
}
