using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Watchdog.Cli.CommandLine;

/// <summary>Where a command writes: a Spectre console over the invocation's output (so tests can capture it), and JSON.</summary>
/// <remarks>
/// Spectre squeezes tables into 80 columns whenever it cannot ask a terminal, so piped output (to a file, grep, less)
/// had its cells cut and wrapped. The width is therefore decided here, for every command: COLUMNS when set, the
/// terminal's own width on a terminal, otherwise <see cref="UnboundedWidth"/> with no colours or escapes.
/// </remarks>
public static class Terminal
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Cyrillic stays readable in the output people pipe to jq or read.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new EntryKindJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static TextWriter Output(ParseResult parse) => parse.InvocationConfiguration.Output;

    public static TextWriter Error(ParseResult parse) => parse.InvocationConfiguration.Error;

    /// <summary>
    /// The width of output that goes to no terminal: wide enough that no cell of a table is ever wrapped (a URL, a
    /// query, an audit detail), yet a plain number Spectre can add column widths to without overflowing.
    /// </summary>
    public const int UnboundedWidth = 1_000_000;

    public static IAnsiConsole Console(ParseResult parse)
    {
        var output = Output(parse);
        var onTerminal = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            // Escapes in a file or a pipe are noise for whoever reads or greps it.
            Ansi = onTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = onTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (ConsoleWidth.FromEnvironment(Environment.GetEnvironmentVariable("COLUMNS")) is { } columns) console.Profile.Width = columns;
        else if (!onTerminal) console.Profile.Width = UnboundedWidth;
        return console;
    }

    public static async Task WriteJsonAsync<T>(ParseResult parse, T value)
    {
        await Output(parse).WriteLineAsync(JsonSerializer.Serialize(value, JsonOptions));
    }
}
