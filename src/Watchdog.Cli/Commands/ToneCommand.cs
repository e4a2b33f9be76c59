using System.CommandLine;
using Watchdog.Analysis.Tones;
using Watchdog.Analysis.Tones.Training;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Articles;

namespace Watchdog.Cli.Commands;

/// <summary>
/// `watchdog tone --lang xx`: one tone label (positive, negative, neutral) per line of standard input, for checking and
/// scripts; `watchdog tone train`: the step that builds the shipped models.
/// </summary>
public static class ToneCommand
{
    /// <summary>Printed for an empty line, so output lines stay aligned with input lines.</summary>
    private const string EmptyLineLabel = ToneLabels.Neutral;

    public static Command Create()
    {
        var language = new Option<string>("--lang") { Description = $"Language of the lines: {string.Join(", ", ToneClassifier.Languages)}", Required = true };
        var input = LineInput.CreateOption();
        var command = new Command("tone",
            "Print the tone of each line read from standard input: positive, negative or neutral (an empty line is neutral)") { language, input };
        command.SetAction(async (parse, ct) =>
        {
            var code = parse.GetValue(language)?.Trim().ToLowerInvariant() ?? "";
            if (!ToneClassifier.Supports(code))
                throw new UsageException($"--lang '{code}' has no tone model; use one of {string.Join(", ", ToneClassifier.Languages)}.");
            var classifier = ToneClassifier.Default;
            using var reader = LineInput.OpenFile(parse, input);
            var lines = reader ?? Console.In;
            var output = Terminal.Output(parse);
            while (await lines.ReadLineAsync(ct) is { } line)
                await output.WriteLineAsync(classifier.Classify(line, code)?.Label() ?? EmptyLineLabel);
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(CreateTrain());
        return command;
    }

    private static Command CreateTrain()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder with <lang>/train.tsv (label<TAB>text)", DefaultValueFactory = _ => new DirectoryInfo("../shared/data/nlp/tone") };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write <lang>.bin.gz", DefaultValueFactory = _ => new DirectoryInfo("src/Watchdog.Analysis/Tones/Models") };
        var command = new Command("train", "Train the tone models on every row of each language's train.tsv (deterministic) and write them for shipping") { data, output };
        command.SetAction((parse, ct) =>
        {
            var folder = parse.GetValue(data)!;
            if (!folder.Exists) throw new UsageException($"--data '{folder.FullName}' does not exist.");
            var console = Terminal.Output(parse);
            ToneModelBuilder.Build(folder.FullName, parse.GetValue(output)!.FullName, console.WriteLine);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
