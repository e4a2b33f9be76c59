using System.CommandLine;
using Watchdog.Analysis.Entities.Tagging;
using Watchdog.Cli.CommandLine;

namespace Watchdog.Cli.Commands.Entities;

/// <summary>
/// `watchdog entities tag --lang xx`: one tokenised sentence a line in (tokens separated by spaces), one line of IOB2
/// tags out, as many tags as tokens. An empty line gives an empty line, so lines stay aligned.
/// </summary>
public static class EntityTagCommand
{
    public static Command Create()
    {
        var language = new Option<string>("--lang") { Description = $"Language of the sentences: {string.Join(", ", EntityTagger.Languages)}", Required = true };
        var command = new Command("tag", "Tag tokenised sentences from standard input with PER, ORG and LOC (IOB2), one line of tags a line") { language };
        command.SetAction(async (parse, ct) =>
        {
            var lang = parse.GetValue(language)?.Trim().ToLowerInvariant();
            if (!EntityTagger.Supports(lang)) throw new UsageException($"--lang '{lang}' has no entity model; use {string.Join(", ", EntityTagger.Languages)}.");
            var tagger = EntityTagger.For(lang!);
            var output = Terminal.Output(parse);
            while (await Console.In.ReadLineAsync(ct) is { } line)
            {
                // Split on single spaces keeps the token count of well-formed input; tabs and runs of spaces are tolerated.
                var tokens = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                await output.WriteLineAsync(string.Join(' ', tagger.Tag(tokens)));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
