using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Watchdog.Cli.CommandLine;
using Watchdog.Pipeline.Scheduling;
using Watchdog.Core.Governance;
using Watchdog.Application.Governance;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog fetch-now [ID]`: queue a refresh now, whatever the schedule says; a running service picks it up.</summary>
public static class FetchNowCommand
{
    public static Command Create()
    {
        var id = new Argument<long?>("ID") { Description = "Source id (default: every source not paused)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("fetch-now", "Queue a refresh of one source, or of all, to run at once") { id };
        command.SetAction(async (parse, ct) =>
        {
            var sourceId = parse.GetValue(id);
            await using var services = CliServices.Open(parse);
            var queued = await services.GetRequiredService<SourceRegistry>().RefreshNowAsync(sourceId, ct);
            if (sourceId is { } one && queued.Count == 0) throw new CommandFailedException($"source {one} does not exist or is paused");
            foreach (var source in queued)
            {
                await CliAudit.RecordAsync(services, AuditActions.SourceFetchNow, AuditDetails.SourceTarget(source.Id), new { url = source.Url.AbsoluteUri });
                await Terminal.Output(parse).WriteLineAsync($"queued refresh of source {source.Id}: {source.Url}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
