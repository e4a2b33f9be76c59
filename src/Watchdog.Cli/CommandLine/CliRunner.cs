using System.CommandLine;
using Microsoft.Extensions.Options;
using Watchdog.Core.Search;
using Watchdog.Storage.Search;

namespace Watchdog.Cli.CommandLine;

/// <summary>Parses and runs a command, turning parse errors and known failures into one clear line and an exit code.</summary>
public static class CliRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        // No @response-files: `@name` is a watchlist reference in queries (`watchdog match --query @people`).
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) await error.WriteLineAsync(problem.Message);
            await error.WriteLineAsync("Run 'watchdog --help' or 'watchdog <command> --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
                // The generic host handles SIGTERM/Ctrl+C itself and needs longer than the default 2 s to let in-flight work finish.
                ProcessTerminationTimeout = null,
            });
        }
        catch (Exception e) when (IsExpected(e))
        {
            await error.WriteLineAsync($"error: {Describe(e)}");
            return e is CommandFailedException or OperationCanceledException ? ExitCodes.Failure : ExitCodes.Usage;
        }
        catch (Exception e)
        {
            // Unexpected: keep the stack trace, it is what a bug report needs.
            await error.WriteLineAsync($"error: {e}");
            return ExitCodes.Failure;
        }
    }

    private static bool IsExpected(Exception e) =>
        e is UsageException or CommandFailedException or OptionsValidationException or InvalidQueryException
            or FileNotFoundException or DirectoryNotFoundException or FormatException or OperationCanceledException
            or IndexWriterBusyException;

    private static string Describe(Exception e) => e switch
    {
        OptionsValidationException invalid => "invalid settings:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", invalid.Failures),
        InvalidQueryException query when query.Position >= 0 => $"invalid query at position {query.Position}: {query.Message}",
        OperationCanceledException => "cancelled",
        _ => e.Message,
    };
}
