using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Governance;

namespace Watchdog.Cli.Commands.Governance;

/// <summary>`watchdog audit list`: the append-only audit log, newest first. There is no command to change it.</summary>
public static class AuditCommands
{
    public static Command Create()
    {
        var audit = new Command("audit", "Read the audit log: who searched, changed queries, watchlists, sources and users, and what retention deleted");
        audit.Subcommands.Add(CreateList());
        return audit;
    }

    private static Command CreateList()
    {
        var action = new Option<string?>("--action") { Description = "Only this action (query.create) or family (query)" };
        var actor = new Option<string?>("--actor") { Description = "Only this actor: a user name, local, cli, config or retention" };
        var from = new Option<string?>("--from") { Description = "At or after this date (YYYY-MM-DD or ISO 8601)" };
        var to = new Option<string?>("--to") { Description = "At or before this date" };
        var page = new Option<int>("--page") { Description = "Result page, from 1", DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { Description = "Entries per page (1 to 500)", DefaultValueFactory = _ => 50 };
        var json = GlobalOptions.Json("the entries");
        var command = new Command("list", "List audit entries, newest first") { action, actor, from, to, page, pageSize, json };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(action) is { } wanted && !AuditActions.IsWellFormed(wanted))
                throw new UsageException($"--action '{wanted}' is not an action such as query.create or a family such as query.");
            if (parse.GetValue(page) < 1) throw new UsageException("--page must be 1 or more.");
            if (parse.GetValue(pageSize) is < 1 or > 500) throw new UsageException("--page-size must be between 1 and 500.");
            var query = new AuditQuery
            {
                Action = parse.GetValue(action),
                Actor = parse.GetValue(actor),
                From = SearchFilterOptions.ParseDate(parse.GetValue(from), "--from"),
                To = SearchFilterOptions.ParseDate(parse.GetValue(to), "--to", endOfDay: true),
                Page = parse.GetValue(page),
                PageSize = parse.GetValue(pageSize),
            };
            await using var services = CliServices.Open(parse);
            var entries = await services.GetRequiredService<IAuditLog>().ListAsync(query, ct);
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, entries);
            else Write(Terminal.Console(parse), entries);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, AuditPage page)
    {
        console.MarkupLine($"[grey]{page.Total} entries, page {page.Page}[/]");
        var table = new Table().AddColumns("id", "at (UTC)", "actor", "action", "target", "details");
        foreach (var e in page.Entries)
        {
            table.AddRow(e.Id.ToString(CultureInfo.InvariantCulture), e.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Markup.Escape(e.Actor), Markup.Escape(e.Action), Markup.Escape(e.Target ?? ""), Markup.Escape(e.Details ?? ""));
        }
        console.Write(table);
    }
}
