using System.CommandLine;

namespace Watchdog.Cli.CommandLine;

/// <summary>The lines a line-by-line command reads: standard input, or the file given with <c>--input</c>.</summary>
public static class LineInput
{
    public static Option<FileInfo?> CreateOption() => new("--input") { Description = "Read lines from this file instead of standard input" };

    /// <returns>A reader of the file, or null to read standard input.</returns>
    /// <exception cref="UsageException">The file does not exist.</exception>
    public static StreamReader? OpenFile(ParseResult parse, Option<FileInfo?> option)
    {
        var file = parse.GetValue(option);
        if (file is not null && !file.Exists) throw new UsageException($"--input '{file.FullName}' does not exist.");
        return file?.OpenText();
    }
}
