using Watchdog.Testing.Postgres;

namespace Watchdog.Bench.IngestReal;

/// <summary>
/// Scale-out on PostgreSQL: the same real-size pages ingested by 1, 2 and 4 `watchdog worker` processes sharing one
/// throwaway PostgreSQL server (started as the tests start it), politeness off. Pages/s, CPU per page of the workers
/// and of the database server. Writes bench/results/scale-out.json.
/// Usage: scale-out [--pages 3000] [--hosts 60] [--workers 1,2,4] [--concurrency 8] (pipeline concurrency per worker).
/// </summary>
public static class ScaleOutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var pages = RealPageSet.Load(Path.Combine(BenchPaths.SharedData, "extraction"));
        var workerCounts = (BenchArgs.Text(args, "--workers") ?? "1,2,4").Split(',').Select(w => int.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var concurrency = BenchArgs.PositiveInt(args, "--concurrency", 8);
        var server = new PostgresServerFixture();
        await server.InitializeAsync();
        var runs = new List<RunFigures>();
        try
        {
            var database = await server.DatabaseForAsync(typeof(ScaleOutBenchmark));
            foreach (var workers in workerCounts)
            {
                await PostgresServerFixture.EmptyAsync(database);
                var figures = await IngestRealBenchmark.RunOneAsync(pages, BenchArgs.PositiveInt(args, "--hosts", 60), BenchArgs.PositiveInt(args, "--pages", 3000),
                    new RunSettings(RunSettings.PolitenessOff, concurrency, database, workers, 500, new Dictionary<string, string>()));
                if (figures is null) return 1;
                runs.Add(figures);
            }
        }
        finally
        {
            await server.DisposeAsync();
        }
        await IngestRealBenchmark.MergeRunsAsync("scale-out.json", runs, r => r.Workers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    }
}
