using System.Text.Json;
using Watchdog.Cli.CommandLine;
using Watchdog.Cli.Commands;

namespace Watchdog.EndToEnd.Tests.Support;

/// <summary>Runs the `watchdog` command line in this process, capturing what it prints and its exit code.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliRunner.RunAsync(WatchdogCommand.Create(), args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "cli", name);
}
