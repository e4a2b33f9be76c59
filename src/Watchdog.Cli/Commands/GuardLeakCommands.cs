using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Governance;
using Watchdog.Core.Guard;
using Watchdog.Application.Guard;

namespace Watchdog.Cli.Commands;

/// <summary>
/// `watchdog guard leaks add|list|remove|findings|scan`: confidential documents registered for leak watch (only their
/// fingerprints are stored) and the public articles found to quote them.
/// </summary>
public static class GuardLeakCommands
{
    private const int DefaultFindingLimit = 100;

    public static Command Create()
    {
        var command = new Command("leaks", "Watch collected articles for passages of your confidential documents (only fingerprints are stored)");
        command.Subcommands.Add(CreateAdd());
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateRemove());
        command.Subcommands.Add(CreateFindings());
        command.Subcommands.Add(CreateScan());
        return command;
    }

    private static Command CreateAdd()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The confidential document as UTF-8 text; it is read, fingerprinted and not kept" };
        var name = new Option<string?>("--name") { Description = "What findings call the document (default: the file name)" };
        var json = GlobalOptions.Json("the registered document");
        var command = new Command("add", "Register a confidential document: every new article is checked for its passages") { file, name, json };
        command.SetAction(async (parse, ct) =>
        {
            var source = parse.GetRequiredValue(file);
            var text = await GuardCommands.ReadTextAsync(source, ct);
            var documentName = parse.GetValue(name) ?? source.Name;
            if (string.IsNullOrWhiteSpace(documentName)) throw new UsageException("--name must not be empty.");
            await using var services = CliServices.Open(parse);
            LeakDocumentView added;
            try
            {
                added = LeakDocumentView.From(await services.GetRequiredService<LeakDocumentRegistry>().RegisterAsync(documentName, text, ct));
            }
            catch (LeakDocumentRejectedException e)
            {
                throw new UsageException($"'{source.FullName}': {e.Message}");
            }
            await CliAudit.RecordAsync(services, AuditActions.GuardLeakAdd, added.AuditTarget, added.AuditDetails);
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, added);
            else await Terminal.Output(parse).WriteLineAsync(
                $"registered {added.Id}: {added.Name} ({added.Fingerprints.ToString(CultureInfo.InvariantCulture)} fingerprints; the text was not stored)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateList()
    {
        var json = GlobalOptions.Json("the registered documents");
        var command = new Command("list", "List the registered confidential documents") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse);
            var documents = (await services.GetRequiredService<ILeakStore>().ListDocumentsAsync(ct)).Select(LeakDocumentView.From).ToList();
            if (parse.GetValue(json))
            {
                await Terminal.WriteJsonAsync(parse, documents);
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("id", "name", "fingerprints", "registered (UTC)");
            foreach (var d in documents)
                table.AddRow(d.Id, Markup.Escape(d.Name), d.Fingerprints.ToString(CultureInfo.InvariantCulture), d.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            Terminal.Console(parse).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateRemove()
    {
        var id = new Argument<string>("ID") { Description = "The document's id (see `watchdog guard leaks list`)" };
        var command = new Command("remove", "Stop watching a confidential document; its findings are removed too") { id };
        command.SetAction(async (parse, ct) =>
        {
            var documentId = parse.GetRequiredValue(id);
            await using var services = CliServices.Open(parse);
            var existing = await services.GetRequiredService<ILeakStore>().GetDocumentAsync(documentId, ct);
            if (existing is null || !await services.GetRequiredService<LeakDocumentRegistry>().RemoveAsync(documentId, ct))
                throw new CommandFailedException($"no confidential document {documentId}");
            var removed = LeakDocumentView.From(existing);
            await CliAudit.RecordAsync(services, AuditActions.GuardLeakRemove, removed.AuditTarget, removed.AuditDetails);
            await Terminal.Output(parse).WriteLineAsync($"removed {removed.Id}: {removed.Name}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateFindings()
    {
        var document = new Option<string?>("--document") { Description = "Only this document's findings" };
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first", DefaultValueFactory = _ => DefaultFindingLimit };
        var json = GlobalOptions.Json("the findings");
        var command = new Command("findings", "Articles found to contain passages of the registered documents, newest first") { document, limit, json };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(limit) < 1) throw new UsageException("--limit must be 1 or more.");
            await using var services = CliServices.Open(parse);
            var findings = await services.GetRequiredService<ILeakStore>().ListFindingsAsync(parse.GetValue(document), parse.GetValue(limit), since: null, ct);
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, findings);
            else WriteFindings(Terminal.Console(parse), findings);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateScan()
    {
        var document = new Option<string?>("--document") { Description = "Check against this document only" };
        var json = GlobalOptions.Json("the summary");
        var command = new Command("scan", "Check every article already collected against the registered documents and record what is found") { document, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse);
            var scan = services.GetRequiredService<LeakScan>();
            var documentId = parse.GetValue(document);
            LeakScanSummary? summary = null;
            try
            {
                if (parse.GetValue(json)) summary = await scan.RunAsync(documentId, progress: null, ct);
                else
                {
                    await Terminal.Console(parse).Progress().AutoClear(true).StartAsync(async progress =>
                    {
                        var task = progress.AddTask("checking articles");
                        summary = await scan.RunAsync(documentId, new Progress<LeakScanProgress>(p =>
                        {
                            task.MaxValue = Math.Max(1, p.Total);
                            task.Value = p.Done;
                        }), ct);
                    });
                }
            }
            catch (KeyNotFoundException e)
            {
                throw new CommandFailedException(e.Message);
            }
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, summary);
            else if (summary!.Documents == 0) await Terminal.Error(parse).WriteLineAsync("no confidential documents registered; add one with `watchdog guard leaks add FILE`");
            else await Terminal.Output(parse).WriteLineAsync(
                $"documents: {summary.Documents}  articles checked: {summary.Articles}  with leaked passages: {summary.ArticlesWithLeaks}  new findings: {summary.NewFindings}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteFindings(IAnsiConsole console, IReadOnlyList<LeakFinding> findings)
    {
        if (findings.Count == 0)
        {
            console.MarkupLine("[green]no findings[/]");
            return;
        }
        foreach (var f in findings)
        {
            console.MarkupLine(
                $"[red bold]{Markup.Escape(f.DocumentName)}[/] [grey]({Markup.Escape(f.DocumentId)})[/] in article {f.ArticleId}: " +
                $"{Markup.Escape(f.ArticleTitle)} [grey]{Markup.Escape(f.ArticleUrl.AbsoluteUri)}[/]");
            console.MarkupLine(
                $"  {f.MatchedFingerprints} fingerprints ({f.Coverage.ToString("P1", CultureInfo.InvariantCulture)}), {f.Spans.Count} passage(s), found {f.FoundAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
            console.MarkupLine($"  [grey]{Markup.Escape(f.Excerpt)}[/]");
        }
    }
}
