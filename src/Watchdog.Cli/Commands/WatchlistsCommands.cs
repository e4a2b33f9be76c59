using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Entities;
using Watchdog.Core.Watching;
using Watchdog.Watch.Watchlists.Import;
using Watchdog.Core.Governance;
using Watchdog.Application.Governance;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog watchlists list|add|import|remove`: the named lists queries refer to as <c>@name</c>.</summary>
public static class WatchlistsCommands
{
    public static Command Create()
    {
        var watchlists = new Command("watchlists", "List, create, import into and remove watchlists");
        watchlists.Subcommands.Add(CreateList());
        watchlists.Subcommands.Add(CreateAdd());
        watchlists.Subcommands.Add(CreateImport());
        watchlists.Subcommands.Add(CreateRemove());
        return watchlists;
    }

    private static Command CreateList() => WatchStoreListing.Create(
        "List watchlists", "the watchlists and their entries", (_, store, ct) => store.ListWatchlistsAsync(ct), (console, lists) =>
        {
            var table = new Table().AddColumns("id", "name", "entries", "updated");
            foreach (var list in lists)
                table.AddRow(list.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(list.Name), list.Entries.Count.ToString(CultureInfo.InvariantCulture), list.UpdatedAt.ToString("u", CultureInfo.InvariantCulture));
            console.Write(table);
        });

    private static Command CreateAdd()
    {
        var name = new Argument<string>("NAME") { Description = "Letters, digits, '-', '_' and '.'; queries refer to it as @NAME" };
        var command = new Command("add", "Create an empty watchlist") { name };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse);
            var saved = await SaveAsync(services.GetRequiredService<IWatchStore>(), new Watchlist { Name = parse.GetRequiredValue(name) }, ct);
            await CliAudit.RecordAsync(services, AuditActions.WatchlistCreate, AuditDetails.Target(saved), AuditDetails.Of(saved));
            await Terminal.Output(parse).WriteLineAsync($"added watchlist {saved.Id}: @{saved.Name}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateImport()
    {
        var name = new Argument<string>("NAME") { Description = "The watchlist to add the entries to; created when missing" };
        var file = new Argument<FileInfo>("FILE") { Description = $"A .csv or .yaml file of entries with the fields {string.Join(", ", WatchlistCsvImporter.Fields)} (only text is required); kind is {KindNames.EntryHelp}" };
        var command = new Command("import", "Add the entries of a CSV or YAML file to a watchlist; rows with errors are reported and skipped") { name, file };
        command.SetAction(async (parse, ct) =>
        {
            var source = parse.GetRequiredValue(file);
            if (!source.Exists) throw new UsageException($"'{source.FullName}' does not exist.");
            var imported = await ImportAsync(source, ct);
            foreach (var error in imported.Errors) await Terminal.Error(parse).WriteLineAsync($"row {error.Row}: {error.Reason}");

            await using var services = CliServices.Open(parse);
            var store = services.GetRequiredService<IWatchStore>();
            var listName = parse.GetRequiredValue(name);
            var existing = await store.FindWatchlistAsync(listName, ct) ?? new Watchlist { Name = listName };
            var saved = await SaveAsync(store, existing with { Entries = [.. existing.Entries, .. imported.Entries] }, ct);
            await CliAudit.RecordAsync(services, AuditActions.WatchlistImport, AuditDetails.Target(saved),
                new { imported = imported.Entries.Count, rejected = imported.Errors.Count, file = source.Name, created = existing.Id == 0, entries = saved.Entries.Count });
            await Terminal.Output(parse).WriteLineAsync($"imported {imported.Entries.Count} entries into @{saved.Name} ({saved.Entries.Count} in all), {imported.Errors.Count} rows rejected");
            // Rows were skipped: say so to scripts, even though the good rows are in.
            return imported.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static Command CreateRemove()
    {
        var name = new Argument<string>("NAME") { Description = "The watchlist to remove" };
        var command = new Command("remove", "Remove a watchlist (queries that use it stop compiling until it is back)") { name };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse);
            var store = services.GetRequiredService<IWatchStore>();
            var list = await store.FindWatchlistAsync(parse.GetRequiredValue(name), ct)
                ?? throw new CommandFailedException($"no watchlist named '{parse.GetRequiredValue(name)}'");
            await store.RemoveWatchlistAsync(list.Id, ct);
            await CliAudit.RecordAsync(services, AuditActions.WatchlistDelete, AuditDetails.Target(list), AuditDetails.Of(list));
            await Terminal.Output(parse).WriteLineAsync($"removed watchlist {list.Id}: @{list.Name}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<WatchlistImportResult> ImportAsync(FileInfo file, CancellationToken ct)
    {
        using var reader = file.OpenText();
        var text = new StringReader(await reader.ReadToEndAsync(ct));
        return file.Extension.ToLowerInvariant() switch
        {
            ".csv" => WatchlistCsvImporter.Import(text),
            ".yaml" or ".yml" => WatchlistYamlImporter.Import(text),
            _ => throw new UsageException($"'{file.Name}' is neither .csv nor .yaml; the format is taken from the extension."),
        };
    }

    private static async Task<Watchlist> SaveAsync(IWatchStore store, Watchlist list, CancellationToken ct)
    {
        try
        {
            return await store.SaveWatchlistAsync(list, ct);
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
