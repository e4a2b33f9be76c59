using System.Globalization;

namespace Watchdog.Bench.PerfTable;

/// <summary>
/// perf-table: writes the performance table into README.md between its markers. perf-table --check: writes nothing,
/// exits 1 when README.md's table differs from what bench/results/*.json give (test.sh runs this), 2 when a result
/// file cannot be read.
/// </summary>
public static class PerfTableCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        // The table must come out the same on every machine, whatever its locale: numbers are written invariantly.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var readmePath = Path.Combine(BenchPaths.RepoRoot, "README.md");
        string updated, readme;
        try
        {
            var files = Directory.EnumerateFiles(BenchPaths.Results, "*.json")
                .ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);
            readme = File.ReadAllText(readmePath);
            updated = PerfTableGenerator.Splice(readme, PerfTableGenerator.Table(files));
        }
        catch (Exception e) when (e is ResultShapeException or InvalidOperationException)
        {
            Console.Error.WriteLine($"perf-table: {e.Message}");
            return Task.FromResult(2);
        }
        if (args.Contains("--check"))
        {
            if (updated == readme)
            {
                Console.WriteLine("perf-table: README.md's performance table matches bench/results");
                return Task.FromResult(0);
            }
            Console.Error.WriteLine("perf-table: README.md's performance table differs from bench/results/*.json; " +
                                    "run `dotnet run -c Release --project bench/Watchdog.Bench -- perf-table` and commit README.md");
            return Task.FromResult(1);
        }
        File.WriteAllText(readmePath, updated);
        Console.WriteLine($"perf-table: wrote the table into {readmePath}");
        return Task.FromResult(0);
    }
}
