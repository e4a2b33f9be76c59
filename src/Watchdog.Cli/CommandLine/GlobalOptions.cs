using System.CommandLine;

namespace Watchdog.Cli.CommandLine;

/// <summary>Options every command accepts: where the settings and the data are.</summary>
public static class GlobalOptions
{
    public static readonly Option<FileInfo?> Config = new("--config")
    {
        Description = "Settings file to read (default: ./watchdog.yaml when it exists)",
        Recursive = true,
    };

    public static readonly Option<DirectoryInfo?> Data = new("--data")
    {
        Description = "Data folder of the embedded store (overrides Watchdog:DataFolder)",
        Recursive = true,
    };

    /// <summary>Per-command flag for machine-readable output; a fresh instance per command keeps help text specific.</summary>
    public static Option<bool> Json(string what) => new("--json") { Description = $"Print {what} as JSON" };
}
