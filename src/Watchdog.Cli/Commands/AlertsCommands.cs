using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Watching;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog alerts list|tail`: the in-app alerts, newest first, or followed as they arrive.</summary>
public static class AlertsCommands
{
    /// <summary>Alerts are raised within about a second of an article being stored; polling faster only loads the store.</summary>
    private static readonly TimeSpan TailPollInterval = TimeSpan.FromSeconds(1);

    public static Command Create()
    {
        var alerts = new Command("alerts", "List alerts, or follow new ones as they arrive");
        alerts.Subcommands.Add(CreateList());
        alerts.Subcommands.Add(CreateTail());
        return alerts;
    }

    private static Command CreateList()
    {
        var unread = new Option<bool>("--unread") { Description = "Only alerts not marked read" };
        var query = new Option<long?>("--query") { Description = "Only alerts of this standing query id" };
        var page = new Option<int>("--page") { Description = "Result page, from 1", DefaultValueFactory = _ => 1 };
        return WatchStoreListing.Create("List alerts, newest first", "the alerts", (parse, store, ct) =>
        {
            if (parse.GetValue(page) < 1) throw new UsageException("--page must be 1 or more.");
            return store.ListAlertsAsync(new AlertListRequest { UnreadOnly = parse.GetValue(unread), QueryId = parse.GetValue(query), Page = parse.GetValue(page) }, ct);
        }, (console, alerts) =>
        {
            console.MarkupLine($"[grey]{alerts.Total} alerts, page {alerts.Page}[/]");
            foreach (var alert in alerts.Alerts) Write(console, alert);
        }, unread, query, page);
    }

    private static Command CreateTail()
    {
        var json = GlobalOptions.Json("each alert (one JSON object per line)");
        var command = new Command("tail", "Print new alerts as they arrive, until Ctrl+C") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse);
            var store = services.GetRequiredService<IWatchStore>();
            var newest = await store.ListAlertsAsync(new AlertListRequest { PageSize = 1 }, ct);
            var lastId = newest.Alerts.Count == 0 ? 0 : newest.Alerts[0].Id;
            var console = Terminal.Console(parse);
            try
            {
                while (!ct.IsCancellationRequested)
                {
                    var page = await store.ListAlertsAsync(new AlertListRequest { AfterId = lastId, PageSize = 200 }, ct);
                    // The store lists newest first; a tail prints in arrival order.
                    foreach (var alert in page.Alerts.OrderBy(a => a.Id))
                    {
                        if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, alert);
                        else Write(console, alert);
                        lastId = alert.Id;
                    }
                    await Terminal.Output(parse).FlushAsync(ct);
                    await Task.Delay(TailPollInterval, ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Ctrl+C is how a tail ends.
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, Alert alert)
    {
        console.WriteLine();
        console.MarkupLine($"{(alert.Read ? "" : "[yellow]●[/] ")}[bold]{Markup.Escape(alert.Title)}[/]");
        console.MarkupLine($"[grey]alert {alert.Id} · query {alert.QueryId} · {alert.CreatedAt.ToString("u", CultureInfo.InvariantCulture)} · {Markup.Escape(alert.Url.AbsoluteUri)}" +
            $"{(alert.RelatedArticleIds.Count > 0 ? $" · +{alert.RelatedArticleIds.Count} more sources" : "")}[/]");
        foreach (var passage in alert.Passages) console.MarkupLine($"  {MarkedText.ToMarkup(passage.Highlighted)}");
    }
}
