using Watchdog.Pipeline.Storage;

namespace Watchdog.Web;

/// <summary>What the caller of <see cref="WatchdogWebApp.Build"/> (the `watchdog up` command, tests) decides, beyond configuration.</summary>
public sealed record WebAppSettings
{
    /// <summary>A watchdog.yaml to read; null reads ./watchdog.yaml when present.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Settings that win over every other source, keyed like <c>Watchdog:DataFolder</c> (command-line options).</summary>
    public IReadOnlyDictionary<string, string?> ConfigOverrides { get; init; } = new Dictionary<string, string?>();

    /// <summary>Run the scheduler and pipeline in this process. Off for an API-only instance and for API tests.</summary>
    public bool RunWorkers { get; init; } = true;

    /// <summary>Serve the bundled sample web on 127.0.0.1 and add its demo sources (<c>watchdog up --demo</c>).</summary>
    public bool Demo { get; init; }

    /// <summary>
    /// How the store is opened: `watchdog up` passes <see cref="StoreAccess.Service"/> (it must write the embedded search
    /// index, and waits for or names the process that does); null writes it when no other process does (tests).
    /// </summary>
    public StoreAccess? StoreAccess { get; init; }

    /// <summary>Where the listening address is announced; standard output when null.</summary>
    public TextWriter? Announce { get; init; }
}
