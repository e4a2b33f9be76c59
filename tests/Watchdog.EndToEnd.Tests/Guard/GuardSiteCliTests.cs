using Watchdog.Cli.CommandLine;
using Watchdog.Cli.Commands;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Guard;

/// <summary>`watchdog guard audit` and `guard sites`: nothing is sent to a site until it has proven control by serving its token.</summary>
public sealed class GuardSiteCliTests : IAsyncLifetime
{
    private readonly string _data = TestPaths.NewTempFolder("watchdog-cli-sites");
    private TestWebServer _site = null!;

    public async Task InitializeAsync()
    {
        _site = await TestWebServer.StartAsync();
        _site.Map("/", TestResponse.Text("<html><head><title>Newsroom</title></head><body>news</body></html>"))
            .Map("/.env", TestResponse.Text("DB_PASSWORD=hunter2\nAPI_KEY=abc123\n", "text/plain"));
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders.
        }
    }

    private Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--data", _data]);

    [Fact]
    public async Task An_unverified_site_exits_2_with_how_to_verify_and_receives_no_request()
    {
        var refused = await RunAsync("guard", "audit", _site.BaseUri.AbsoluteUri, "--allow-private");
        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Contains("guard sites add", refused.Error, StringComparison.Ordinal);

        var added = await RunAsync("guard", "sites", "add", _site.BaseUri.AbsoluteUri, "--json");
        Assert.Equal(ExitCodes.Ok, added.ExitCode);
        refused = await RunAsync("guard", "audit", _site.BaseUri.AbsoluteUri, "--allow-private");
        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Contains(added.Json.GetProperty("token").GetString()!, refused.Error, StringComparison.Ordinal);

        Assert.Empty(_site.Requests);
    }

    [Fact]
    public async Task Add_serve_the_token_verify_then_audit_every_step_in_the_audit_log()
    {
        var token = (await RunAsync("guard", "sites", "add", _site.BaseUri.AbsoluteUri, "--json")).Json.GetProperty("token").GetString()!;
        Assert.Equal(ExitCodes.Failure, (await RunAsync("guard", "sites", "verify", _site.BaseUri.AbsoluteUri, "--allow-private")).ExitCode);

        _site.Map("/.well-known/watchdog-verification.txt", TestResponse.Text(token, "text/plain"));
        var verified = await RunAsync("guard", "sites", "verify", _site.BaseUri.AbsoluteUri, "--allow-private");
        Assert.True(verified.ExitCode == ExitCodes.Ok, verified.Error);

        var audited = await RunAsync("guard", "audit", _site.BaseUri.AbsoluteUri, "--allow-private", "--json");
        Assert.True(audited.ExitCode == GuardCommands.HighSeverityFound, audited.Error);
        Assert.Contains(_site.Requests, r => r.Path == "/.env");

        var log = await RunAsync("audit", "list", "--action", "guard", "--json");
        var actions = log.Json.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()).Reverse().ToList();
        // The audit found high-severity problems (the exposed .env, no HTTPS): each is an alert, on record too.
        Assert.Equal(["guard.site-add", "guard.site-verify", "guard.site-verify", "guard.audit"], actions.Take(4));
        Assert.Equal(["guard.site-alert", "guard.site-alert"], actions.Skip(4));
    }
}
