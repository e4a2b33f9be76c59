using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Pipeline.Storage;
using Watchdog.Core.Governance;
using Watchdog.Pipeline.Configuration;
using Watchdog.Application.Retention;

namespace Watchdog.Cli.Commands.Governance;

/// <summary>`watchdog retention run [--dry-run]`: see, or delete now, what is past the retention limit.</summary>
public static class RetentionCommands
{
    public static Command Create()
    {
        var retention = new Command("retention", "Delete content collected longer ago than Watchdog:RetentionDays (the service does it every hour)");
        retention.Subcommands.Add(CreateRun());
        return retention;
    }

    private static Command CreateRun()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Only count what would be deleted" };
        var json = GlobalOptions.Json("the report");
        var command = new Command("run", "Run a retention pass now") { dryRun, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse, StoreAccess.WriterIfFree);
            var report = await services.GetRequiredService<RetentionRunner>().RunAsync(parse.GetValue(dryRun), AuditActors.Cli, ct);
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, report);
            else Write(Terminal.Console(parse), report, services.GetRequiredService<IOptions<WatchdogOptions>>().Value);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, RetentionReport report, WatchdogOptions options)
    {
        if (!report.Enabled)
        {
            console.MarkupLine("Retention is off (Watchdog:RetentionDays is 0): everything is kept.");
            return;
        }
        console.MarkupLine($"{(report.DryRun ? "Would delete" : "Deleted")} content collected before {report.Cutoff:u} ({options.RetentionDays} days):");
        var table = new Table().AddColumns("what", "count");
        table.AddRow("articles", report.Articles.ToString(CultureInfo.InvariantCulture));
        table.AddRow("alerts on them", report.Alerts.ToString(CultureInfo.InvariantCulture));
        if (!report.DryRun) table.AddRow("alerts no longer listing them", report.AlertsDetached.ToString(CultureInfo.InvariantCulture));
        table.AddRow("raw bodies", $"{report.RawBodies} ({report.RawBytes:N0} bytes)");
        table.AddRow("finished work items", report.WorkItems.ToString(CultureInfo.InvariantCulture));
        table.AddRow("fetch-log entries", report.FetchLogEntries.ToString(CultureInfo.InvariantCulture));
        if (!report.DryRun) table.AddRow("removed from the search index", report.IndexRemoved.ToString(CultureInfo.InvariantCulture));
        console.Write(table);
        if (report.IndexPending > 0)
            console.MarkupLine($"[yellow]{report.IndexPending} deleted articles are still in the search index[/]: the running service holds it and removes them within a poll interval.");
    }
}
