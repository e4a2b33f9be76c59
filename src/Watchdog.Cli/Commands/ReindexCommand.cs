using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Pipeline.Stages;
using Watchdog.Pipeline.Storage;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog reindex`: rebuild the search index from the stored articles, with progress.</summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var json = GlobalOptions.Json("the summary");
        var command = new Command("reindex",
            "Rebuild the search index from the stored articles (beside a running service, the service indexes and this shows progress)") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse, StoreAccess.WriterIfFree);
            var rebuild = services.GetRequiredService<SearchIndexRebuild>();
            RebuildSummary? summary = null;
            if (parse.GetValue(json))
            {
                summary = await rebuild.RunAsync(progress: null, ct);
                await Terminal.WriteJsonAsync(parse, summary);
                return summary.NotIndexed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
            }
            await Terminal.Console(parse).Progress().AutoClear(true).StartAsync(async progress =>
            {
                var task = progress.AddTask("indexing");
                summary = await rebuild.RunAsync(new Progress<ReprocessProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }), ct);
            });
            var by = summary!.IndexedBy is { } holder ? $" by the running service, {holder}" : "";
            await Terminal.Output(parse).WriteLineAsync($"articles: {summary.Articles}  indexed{by}: {summary.Articles - summary.NotIndexed}  not indexable: {summary.NotIndexed}");
            return summary.NotIndexed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }
}
