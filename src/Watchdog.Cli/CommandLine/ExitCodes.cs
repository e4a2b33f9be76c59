namespace Watchdog.Cli.CommandLine;

/// <summary>What `watchdog` exits with, so scripts can tell a failure from a mistake in how it was called.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The command ran but failed (unreachable store, fetch error, extraction error…).</summary>
    public const int Failure = 1;
    /// <summary>The command was called wrongly or given invalid input (unknown option, bad URL, bad config, bad query).</summary>
    public const int Usage = 2;
}

/// <summary>Invalid input from the person at the terminal: reported without a stack trace, exit code <see cref="ExitCodes.Usage"/>.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>A command that ran and failed for a reason worth one line: exit code <see cref="ExitCodes.Failure"/>.</summary>
public sealed class CommandFailedException(string message) : Exception(message);
