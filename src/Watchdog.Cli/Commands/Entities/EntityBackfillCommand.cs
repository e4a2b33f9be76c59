using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Watchdog.Cli.CommandLine;
using Watchdog.Pipeline.Entities;

namespace Watchdog.Cli.Commands.Entities;

/// <summary>
/// `watchdog entities backfill`: tags now every stored article not yet tagged by the current tagger (what the service
/// does in the background), for a store used from the command line only, or to finish at once after an upgrade.
/// </summary>
public static class EntityBackfillCommand
{
    private const int BatchSize = 200;

    public static Command Create()
    {
        var command = new Command("backfill", "Tag the named entities of every stored article not yet tagged (the service does this in the background)");
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse);
            var backfill = services.GetRequiredService<EntityBackfill>();
            var total = 0;
            while (await backfill.TagBatchAsync(BatchSize, ct) is var tagged and > 0) total += tagged;
            await Terminal.Output(parse).WriteLineAsync($"{total} articles tagged.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
