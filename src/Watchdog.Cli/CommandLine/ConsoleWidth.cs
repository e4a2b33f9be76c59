using System.Globalization;

namespace Watchdog.Cli.CommandLine;

/// <summary>Reads the COLUMNS convention: the width the user asks output to fit, when it is a usable one.</summary>
public static class ConsoleWidth
{
    /// <summary>Narrower than this, a table cannot show even its borders and one letter per column; such a value is a mistake, not a wish.</summary>
    public const int Minimum = 20;

    /// <returns>The width, or null when COLUMNS is unset, not a number or too small to use.</returns>
    public static int? FromEnvironment(string? columns) =>
        int.TryParse(columns?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width >= Minimum ? width : null;
}
