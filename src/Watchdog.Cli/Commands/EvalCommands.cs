using System.CommandLine;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Extract.Evaluation;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog eval extraction`: scores the article extractor on a benchmark folder.</summary>
public static class EvalCommands
{
    public static Command Create()
    {
        var eval = new Command("eval", "Measure the quality of a pipeline stage on a benchmark");
        eval.Subcommands.Add(CreateExtraction());
        return eval;
    }

    private static Command CreateExtraction()
    {
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "Benchmark folder: html/<id>.html(.gz), and ground-truth.json to score (without it, predictions only)",
            Required = true,
        };
        var output = new Option<FileInfo?>("--out") { Description = "Write predictions here ({ id: { articleBody } })" };
        var report = new Option<FileInfo?>("--report") { Description = "Write the summary and per-page scores here (JSON)" };
        var command = new Command("extraction", "Extract every page of a benchmark folder; score against hand-written article bodies when ground-truth.json is there")
        {
            data, output, report,
        };
        command.SetAction((parse, ct) =>
        {
            var folder = parse.GetRequiredValue(data);
            if (!folder.Exists) throw new UsageException($"Benchmark folder '{folder.FullName}' does not exist.");
            var result = EvaluateWithProgress(parse, folder.FullName, ct);
            if (parse.GetValue(output) is { } predictions) result.WritePredictions(predictions.FullName);
            if (parse.GetValue(report) is { } reportFile) result.WriteReport(reportFile.FullName);
#pragma warning disable CA1849 // a synchronous command (evaluation is CPU work); the Task is only the action's signature
            Terminal.Output(parse).Write(result.FormatSummary());
#pragma warning restore CA1849
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static EvaluationReport EvaluateWithProgress(ParseResult parse, string folder, CancellationToken ct)
    {
        List<string> files;
        try
        {
            files = BenchmarkCorpus.ListHtmlFiles(folder).ToList();
        }
        catch (DirectoryNotFoundException)
        {
            throw new UsageException($"'{folder}' has no {BenchmarkCorpus.HtmlFolder}/ folder; it is not an extraction benchmark.");
        }

        EvaluationReport? result = null;
        Terminal.Console(parse).Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask("extracting", maxValue: files.Count);
            try
            {
                result = ExtractionEvaluator.Evaluate(folder, (html, url) =>
                {
                    task.Increment(1);
                    return ExtractionEvaluator.ExtractBody(html, url);
                }, ct);
            }
            catch (InvalidDataException e)
            {
                throw new UsageException(e.Message);
            }
        });
        return result!;
    }
}
