using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Governance;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Application.Governance;
using Watchdog.Application.Reporting;
using Watchdog.Reports.Exports;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog export QUERY --format csv|json|ndjson [--out FILE]`: every matching article, newest first, as a file.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = SearchFilterOptions.QueryHelp + "; \"\" exports everything that passes the filters" };
        var filters = new SearchFilterOptions();
        var format = new Option<string>("--format") { Description = "csv (UTF-8 with BOM, opens in Excel), json (one array) or ndjson (one object per line)", DefaultValueFactory = _ => "csv" };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Write every article matching a query to CSV or JSON: id, url, title, source, language, dates, authors, tags, first 300 characters") { query };
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            if (!ExportFormats.TryParse(parse.GetValue(format), out var exportFormat))
                throw new UsageException($"--format '{parse.GetValue(format)}' is not one of csv, json, ndjson.");
            var request = filters.Read(parse, parse.GetRequiredValue(query));
            await using var services = CliServices.Open(parse);
            var rows = await SearchFilterOptions.OrUsageErrorAsync(request.Query, () => ExportRows.ForAsync(
                services.GetRequiredService<ISearchIndex>(), services.GetRequiredService<IArticleStore>(),
                services.GetRequiredService<ISourceStore>(), request, ct));
            await CliAudit.RecordAsync(services, AuditActions.Export, null, AuditDetails.Of(request));
            var file = parse.GetValue(output);
            await using var stream = file is null ? Console.OpenStandardOutput() : OpenForWriting(file);
            await ExportFormats.WriteAsync(exportFormat, rows, stream, ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static FileStream OpenForWriting(FileInfo file)
    {
        try
        {
            return file.Create();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {file.FullName}: {e.Message}");
        }
    }
}
