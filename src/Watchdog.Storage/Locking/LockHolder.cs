using System.Globalization;

namespace Watchdog.Storage.Locking;

/// <summary>
/// Which process holds a lock: written beside the lock file by the holder, so that a process refused the lock can say
/// who has it. Only a hint for people: the operating-system lock itself decides, and dies with its process.
/// </summary>
public sealed record LockHolder(int ProcessId, string Command, DateTimeOffset Since)
{
    private const string Suffix = ".holder";

    public static LockHolder Current(TimeProvider clock) =>
        new(Environment.ProcessId, CommandLine(), clock.GetUtcNow());

    public override string ToString() =>
        $"process {ProcessId} ({Command}, since {Since.ToString("u", CultureInfo.InvariantCulture)})";

    /// <summary>Best effort: a failure to write the hint never costs the lock.</summary>
    public void WriteBeside(string lockPath)
    {
        try
        {
            File.WriteAllLines(lockPath + Suffix,
                [ProcessId.ToString(CultureInfo.InvariantCulture), Command, Since.ToString("O", CultureInfo.InvariantCulture)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The hint is for the message another process shows; the lock is held either way.
        }
    }

    /// <returns>The last holder written beside <paramref name="lockPath"/>, or null when there is none to read.</returns>
    public static LockHolder? ReadBeside(string lockPath)
    {
        try
        {
            var lines = File.ReadAllLines(lockPath + Suffix);
            if (lines.Length < 3 || !int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) return null;
            if (!DateTimeOffset.TryParse(lines[2], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var since)) return null;
            return new LockHolder(pid, lines[1], since);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>"watchdog up --data ./data" rather than the host's path to the dll.</summary>
    private static string CommandLine()
    {
        var args = Environment.GetCommandLineArgs();
        var program = args.Length > 0 ? Path.GetFileNameWithoutExtension(args[0]) : "?";
        return string.Join(' ', [program, .. args.Skip(1)]);
    }
}
