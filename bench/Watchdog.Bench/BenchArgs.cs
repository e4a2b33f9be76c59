using System.Globalization;

namespace Watchdog.Bench;

/// <summary>Reads <c>--name value</c> options of a benchmark's command line.</summary>
public static class BenchArgs
{
    /// <returns>The value after <paramref name="name"/> when it is a positive integer, else <paramref name="fallback"/>.</returns>
    public static int PositiveInt(string[] args, string name, int fallback) =>
        Text(args, name) is { } text && int.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    public static string? Text(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
