using System.Text.Json;
using Watchdog.Testing;
using Watchdog.Testing.Postgres;

namespace Watchdog.Bench.Soak;

/// <summary>
/// Crash-safety soak: for the embedded store (one `watchdog up`) and for PostgreSQL (`watchdog up` + `watchdog worker`),
/// a loopback web of N articles is ingested while the real CLI (stats, search, sources list) runs beside the service
/// and K SIGKILLs land at random moments; writes lost, duplicated and unindexed counts (all must be 0) and the time to
/// full recovery after the last restart.
/// Usage: soak [--articles 1000] [--kills 20] [--store both|embedded|postgres] [--seed 11] [--jitter 3] [--out soak.json]
/// (jitter in whole seconds). PostgreSQL: a throwaway server from Debian's packages, as the tests start it.
/// </summary>
public static class SoakBenchmark
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = new SoakSettings(
            BenchArgs.PositiveInt(args, "--articles", 1000), BenchArgs.PositiveInt(args, "--kills", 20), BenchArgs.PositiveInt(args, "--seed", 11),
            BenchArgs.PositiveInt(args, "--jitter", 3), TimeSpan.FromMinutes(5));
        var which = BenchArgs.Text(args, "--store") ?? "both";
        var output = BenchArgs.Text(args, "--out") ?? "soak.json";
        if (!File.Exists(WatchdogProcess.DllPath))
        {
            Console.Error.WriteLine($"{WatchdogProcess.DllPath} is missing; build the benchmark project first");
            return 2;
        }
        Console.WriteLine($"soak: {settings.Describe()}");

        var results = new List<SoakStoreFigures>();
        if (which is "both" or "embedded") results.Add(await RunOneAsync(settings, postgres: null));
        if (which is "both" or "postgres")
        {
            var server = new PostgresServerFixture();
            await server.InitializeAsync();
            try
            {
                results.Add(await RunOneAsync(settings, await server.DatabaseForAsync(typeof(SoakBenchmark))));
            }
            finally
            {
                await server.DisposeAsync();
            }
        }

        var path = Path.Combine(BenchPaths.Results, output);
        // A run of one store keeps the other store's figures already in the file (the two may run one after the other).
        var kept = File.Exists(path) && which != "both"
            ? (JsonSerializer.Deserialize<SoakFigures>(await File.ReadAllTextAsync(path), Json)?.Stores ?? []).Where(s => results.All(r => r.Store != s.Store))
            : [];
        var figures = new SoakFigures("synthetic: generated English news pages on 127.0.0.1, each with one word unique to it",
            settings.Describe(), $"{Environment.ProcessorCount} cores, shared with other work", [.. kept, .. results]);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(figures, Json));
        Console.WriteLine($"wrote {path}");
        return results.All(r => r is { Recovered: true, Lost: 0, Duplicated: 0, Unindexed: 0, CliErrors: 0 }) ? 0 : 1;
    }

    private static async Task<SoakStoreFigures> RunOneAsync(SoakSettings settings, string? postgres)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"watchdog-soak-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            Console.WriteLine(postgres is null ? "embedded store:" : "PostgreSQL:");
            var figures = await new SoakRun(settings, folder).RunAsync(postgres);
            Console.WriteLine($"  lost {figures.Lost}, duplicated {figures.Duplicated}, unindexed {figures.Unindexed}, quarantined {figures.Quarantined}, " +
                              $"CLI runs {figures.CliRuns} with {figures.CliErrors} errors, recovery {figures.RecoverySeconds} s");
            foreach (var error in figures.FirstCliErrors) Console.WriteLine($"  CLI error: {error}");
            return figures;
        }
        finally
        {
            BenchMath.TryDeleteFolder(folder);
        }
    }
}
