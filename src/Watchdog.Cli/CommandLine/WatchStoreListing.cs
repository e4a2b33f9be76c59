using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Core.Watching;

namespace Watchdog.Cli.CommandLine;

/// <summary>The `list` commands of watchlists, queries and alerts: read from the watch store, print as JSON or for people.</summary>
public static class WatchStoreListing
{
    public static Command Create<T>(
        string description, string jsonWhat, Func<ParseResult, IWatchStore, CancellationToken, Task<T>> load, Action<IAnsiConsole, T> write,
        params Option[] options)
    {
        var json = GlobalOptions.Json(jsonWhat);
        var command = new Command("list", description) { json };
        foreach (var option in options) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse);
            var listed = await load(parse, services.GetRequiredService<IWatchStore>(), ct);
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, listed);
            else write(Terminal.Console(parse), listed);
            return ExitCodes.Ok;
        });
        return command;
    }
}
