using System.CommandLine;
using Watchdog.Analysis.Languages;
using Watchdog.Cli.CommandLine;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog detect-language`: one ISO 639-1 code (or <c>und</c> when unsure) per input line, for checking and for scripts.</summary>
public static class DetectLanguageCommand
{
    public static Command Create()
    {
        var input = LineInput.CreateOption();
        var command = new Command("detect-language", "Print the language of each line read from standard input (ISO 639-1, 'und' when unsure)") { input };
        command.SetAction(async (parse, ct) =>
        {
            using var reader = LineInput.OpenFile(parse, input);
            var lines = reader ?? Console.In;
            var output = Terminal.Output(parse);
            var detector = LanguageDetector.Default;
            while (await lines.ReadLineAsync(ct) is { } line) await output.WriteLineAsync(detector.Detect(line));
            return ExitCodes.Ok;
        });
        return command;
    }
}
