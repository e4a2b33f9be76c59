using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Watchdog.Cli.CommandLine;

/// <summary>Where a command writes: a Spectre console over the invocation's output (so tests can capture it), and JSON.</summary>
public static class Terminal
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Cyrillic stays readable in the output people pipe to jq or read.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static TextWriter Output(ParseResult parse) => parse.InvocationConfiguration.Output;

    public static TextWriter Error(ParseResult parse) => parse.InvocationConfiguration.Error;

    public static IAnsiConsole Console(ParseResult parse) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Output(parse)) });

    public static async Task WriteJsonAsync<T>(ParseResult parse, T value)
    {
        await Output(parse).WriteLineAsync(JsonSerializer.Serialize(value, JsonOptions));
    }
}
