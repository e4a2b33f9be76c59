using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Pipeline.Storage;
using Watchdog.Pipeline.Stages;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog reprocess`: re-run extraction over the stored raw pages and update the articles that change.</summary>
public static class ReprocessCommand
{
    public static Command Create()
    {
        var json = GlobalOptions.Json("the summary");
        var command = new Command("reprocess", "Re-run extraction over stored raw pages and update changed articles") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse, StoreAccess.WriterIfFree);
            var reprocessor = services.GetRequiredService<ArticleReprocessor>();
            ReprocessSummary? summary = null;
            if (parse.GetValue(json))
            {
                summary = await reprocessor.RunAsync(progress: null, ct);
                await Terminal.WriteJsonAsync(parse, summary);
                return ExitCodes.Ok;
            }
            await Terminal.Console(parse).Progress().AutoClear(true).StartAsync(async progress =>
            {
                var task = progress.AddTask("reprocessing");
                summary = await reprocessor.RunAsync(new Progress<ReprocessProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }), ct);
            });
            await Terminal.Output(parse).WriteLineAsync(
                $"articles: {summary!.Seen}  updated: {summary.Updated}  unchanged: {summary.Unchanged}  kept (no longer extractable): {summary.Kept}  without raw page: {summary.WithoutRawBody}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
