using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Governance;
using Watchdog.Pipeline.Import;
using Watchdog.Pipeline.Storage;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog import FILE.jsonl|-`: load an archive of articles, one JSON object a line, in batches.</summary>
public static class ImportCommand
{
    /// <summary>Each bad line is named up to this many; past it only counted, so a wrong file does not flood the terminal.</summary>
    private const int BadLinesShown = 20;

    /// <summary>How often progress goes to standard error.</summary>
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "JSON Lines file of articles, or - for standard input" };
        var batch = new Option<int>("--batch") { Description = "Articles per transaction and index commit", DefaultValueFactory = _ => ImportSettings.Default.BatchSize };
        var noTone = new Option<bool>("--no-tone") { Description = "Skip computing each article's tone (about 40 % faster; the articles count as untagged in tone shares)" };
        var json = GlobalOptions.Json("the summary");
        var command = new Command("import",
            "Import articles from JSON Lines ({url, title, text, published, language?, source?, author?} a line): analysed, deduplicated and indexed in batches")
        {
            file, batch, noTone, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var batchSize = parse.GetValue(batch);
            if (batchSize is < 1 or > 100_000) throw new UsageException("--batch must be between 1 and 100000.");
            if (path != "-" && !File.Exists(path)) throw new UsageException($"'{Path.GetFullPath(path)}' does not exist.");
            using var reader = path == "-" ? null : new StreamReader(path);
            var input = reader ?? Console.In;

            await using var services = CliServices.Open(parse, StoreAccess.WriterIfFree);
            var error = Terminal.Error(parse);
            var shown = 0;
            var lastShown = TimeSpan.Zero;
            var summary = await services.GetRequiredService<ArticleImporter>().RunAsync(
                input, ImportSettings.Default with { BatchSize = batchSize, Tone = !parse.GetValue(noTone) },
                new SynchronousProgress<ImportProgress>(p =>
                {
                    if (p.Elapsed - lastShown < ProgressEvery) return;
                    lastShown = p.Elapsed;
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"line {p.Lines:N0}: imported {p.Imported:N0}, duplicates {p.Duplicates:N0}, bad {p.BadLines:N0}, {p.ArticlesPerSecond:N0} articles/s"));
                }),
                bad =>
                {
                    if (++shown <= BadLinesShown) error.WriteLine($"line {bad.Number}: skipped: {bad.Problem}");
                    else if (shown == BadLinesShown + 1) error.WriteLine($"(further bad lines are counted, not shown)");
                },
                ct);
            await CliAudit.RecordAsync(services, AuditActions.ArticleImport, path == "-" ? "stdin" : Path.GetFullPath(path),
                new { summary.Imported, summary.Duplicates, summary.BadLines, summary.LeftForIndexer });
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, summary);
            else
            {
                var indexed = summary.IndexedBy is { } holder ? $"  (the running service indexes them: {holder})" : "";
                await Terminal.Output(parse).WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"imported: {summary.Imported}  skipped duplicates: {summary.Duplicates}  bad lines: {summary.BadLines}  {summary.ArticlesPerSecond:0} articles/s{indexed}"));
            }
            return summary.BadLines == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>Reports on the importer's own thread, in order (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
