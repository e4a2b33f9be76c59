using System.Globalization;
using System.Text.Json;
using Watchdog.Testing;

namespace Watchdog.Bench.IngestReal;

/// <summary>
/// Ingest of real-size pages (<see cref="RealPageSet"/>) by the real service (`watchdog up` as a child process, default
/// models, standing queries), twice: politeness off (delay 0, 4 per host, pipeline concurrency 16, as the ingest bench)
/// and default politeness (1 s between requests to a host, one at a time) over many loopback hosts (one port each).
/// Writes bench/results/ingest-real.json (pages/s, CPU per page and per stage, load average) and memory.json (working
/// set and managed heap every --sample-every articles, the models' share).
/// Usage: ingest-real [--pages 10000] [--hosts 200] [--polite-pages 2000] [--polite-hosts 200] [--concurrency 16]
/// [--only off|default] [--sample-every 500] [--env NAME=VALUE] (service environment, e.g. GC settings; repeatable)
/// [--social-hosts N] (besides the pages, N Mastodon-like hosts of 40 short posts each in the politeness-off run: the
/// demo's short texts; such a run writes its own memory.json row and leaves ingest-real.json alone).
/// </summary>
public static class IngestRealBenchmark
{
    public const double TargetPagesPerSecond = 100;
    public const double MemoryLimitMb = 400;

    /// <summary>The GC settings src/Watchdog.Cli/Watchdog.Cli.csproj ships, as memory.json names them.</summary>
    private const string ShippedGcSettings = "workstation GC, blocking (not concurrent); Gen0MaxBudget 32 MB, ConserveMemory 7 and LOHThreshold 1 MB";

    /// <summary>Pages of the politeness-off run unless --pages says otherwise: the run ingest-real.json keeps.</summary>
    private const int StandardPages = 10_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args)
    {
        if (!File.Exists(WatchdogProcess.DllPath))
        {
            Console.Error.WriteLine($"{WatchdogProcess.DllPath} is missing; build the benchmark project first");
            return 2;
        }
        var models = ModelMemory.Measure();
        Console.WriteLine($"models (managed MB once loaded): {string.Join(", ", models.Select(m => $"{m.Key} {m.Value}"))}");
        var pages = RealPageSet.Load(Path.Combine(BenchPaths.SharedData, "extraction"));
        Console.WriteLine(pages.Description);
        var only = BenchArgs.Text(args, "--only");
        var environment = Environment(args);
        var concurrency = BenchArgs.PositiveInt(args, "--concurrency", 16);
        var sampleEvery = BenchArgs.PositiveInt(args, "--sample-every", 500);
        var socialHosts = BenchArgs.Text(args, "--social-hosts") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : 0;
        var posts = socialHosts > 0 ? ShortPosts.Load(Path.Combine(BenchPaths.SharedData, "langid")) : null;
        var runs = new List<RunFigures>();
        if (only is null or RunSettings.PolitenessOff)
        {
            var figures = await RunOneAsync(pages, BenchArgs.PositiveInt(args, "--hosts", 200), BenchArgs.PositiveInt(args, "--pages", StandardPages),
                new RunSettings(RunSettings.PolitenessOff, concurrency, null, 1, sampleEvery, environment, socialHosts), posts: posts);
            if (figures is null) return 1;
            // ingest-real.json keeps the standard run; a longer one (memory as the store grows) has its own row in memory.json.
            if (socialHosts == 0 && figures.Pages == StandardPages) runs.Add(figures);
            await WriteMemoryAsync(figures, models, environment);
        }
        if (only is null or RunSettings.PolitenessDefault)
        {
            var figures = await RunOneAsync(pages, BenchArgs.PositiveInt(args, "--polite-hosts", 200), BenchArgs.PositiveInt(args, "--polite-pages", 2000),
                new RunSettings(RunSettings.PolitenessDefault, concurrency, null, 1, sampleEvery, environment));
            if (figures is null) return 1;
            runs.Add(figures);
        }
        if (environment.Count == 0 && runs.Count > 0) await MergeRunsAsync("ingest-real.json", runs, r => r.Politeness);
        return 0;
    }

    /// <summary>Hosts × per host = pages (per host rounded down; at most the 50 a source queues per refresh).</summary>
    public static async Task<RunFigures?> RunOneAsync(RealPageSet pages, int hosts, int total, RunSettings settings, string? postgresNote = null, ShortPosts? posts = null)
    {
        var perHost = Math.Min(Core.Sources.CrawlLimits.Default.MaxPagesPerRun, Math.Max(1, total / hosts));
        hosts = Math.Max(hosts, (total + perHost - 1) / perHost);
        await using var web = await RealWeb.StartAsync(pages, hosts, perHost, posts, settings.SocialHosts);
        Console.WriteLine($"run: {settings.Describe(web)}{postgresNote}");
        var folder = Path.Combine(Path.GetTempPath(), $"watchdog-ingest-real-{Guid.NewGuid():N}");
        try
        {
            var figures = await new ServiceRun(settings, folder).RunAsync(web);
            if (figures is not null) Print(figures);
            return figures;
        }
        finally
        {
            BenchMath.TryDeleteFolder(folder);
        }
    }

    public static void Print(RunFigures f)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {f.Pages} pages ({f.MeanPageBytes / 1024} KB mean) and {f.ShortPosts} short posts in {f.ElapsedSeconds} s = {f.PagesPerSecond} pages/s; {f.ArticlesStored} articles, {f.Duplicates} duplicates, {f.Quarantined} quarantined"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  service CPU {f.CpuMsPerPage} ms/page ({f.PagesPerCpuSecond} pages per CPU-second); loopback web {f.LoopbackWebCpuMsPerPage} ms/page; database server {f.DatabaseServerCpuMsPerPage?.ToString(CultureInfo.InvariantCulture) ?? "-"} ms/page; load average {f.LoadAverage}"));
        if (f.StageCpuMsPerPage is { } stages)
            Console.WriteLine($"  CPU ms/page by stage: {string.Join(", ", stages.OrderByDescending(s => s.Value).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:F2}")))}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  working set peak {f.PeakWorkingSetMb} MB{(f.PeakReached is { } p ? $" (reached at {p.Articles} articles, {p.Seconds} s: {p.WorkingSetMb} MB resident then, {p.Threads} threads, gen0/1/2 {string.Join('/', p.Collections ?? [])})" : "")}; samples (articles:working set/managed heap/large-object heap/SQLite MB, gen0/1/2 collections) {string.Join(" ", f.Memory.Select(m => $"{m.Articles}:{m.WorkingSetMb}/{m.ManagedHeapMb}/{m.LargeObjectHeapMb}/{m.SqliteMb}({string.Join('/', m.Collections ?? [])}){(m.Threads is { } t ? $"t{t}" : "")}"))}"));
    }

    private static async Task WriteMemoryAsync(RunFigures run, IReadOnlyDictionary<string, double> models, IReadOnlyDictionary<string, string> environment)
    {
        var key = (environment.Count == 0 ? "defaults" : string.Join(' ', environment.Select(e => $"{e.Key}={e.Value}")))
                  + (run.ShortPosts > 0 ? $" + {run.ShortPosts} short posts" : "")
                  + (run.Pages != StandardPages ? string.Create(CultureInfo.InvariantCulture, $", {run.Pages:N0} pages") : "");
        var second = run.Memory.Skip(run.Memory.Count / 2).ToList();
        var entry = new MemoryRun(key, run.Pages, run.ShortPosts, run.ArticlesStored, run.PeakWorkingSetMb,
            second.Count == 0 ? 0 : Math.Round(second.Average(m => m.WorkingSetMb), 1),
            second.Count == 0 ? 0 : Math.Round(second.Average(m => m.ManagedHeapMb ?? 0), 1),
            run.PeakWorkingSetMb < MemoryLimitMb, run.PagesPerSecond, run.CpuMsPerPage, run.LoadAverage,
            run.ShortPosts > 0 ? run.Data : null, run.Memory);
        var path = Path.Combine(BenchPaths.Results, "memory.json");
        var existing = File.Exists(path) ? JsonSerializer.Deserialize<MemoryFigures>(await File.ReadAllTextAsync(path), Json) : null;
        // The file's data and settings are the articles-only run's; a run with short posts names its own data in its row.
        var (data, settings) = run.ShortPosts > 0 && existing is not null
            ? (existing.Data, existing.Settings)
            : (run.Data, $"{run.Settings}; the service as shipped ({ShippedGcSettings} in its runtimeconfig) unless the run names an environment");
        var figures = new MemoryFigures(data, settings, models, [.. (existing?.Runs ?? []).Where(r => r.Environment != key), entry]);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(figures, Json));
        Console.WriteLine($"wrote {path}");
    }

    /// <summary>Writes <paramref name="runs"/> into bench/results/<paramref name="file"/>, keeping the file's other runs.</summary>
    public static async Task MergeRunsAsync(string file, IReadOnlyList<RunFigures> runs, Func<RunFigures, string> key, string? note = null)
    {
        var path = Path.Combine(BenchPaths.Results, file);
        var existing = File.Exists(path) ? JsonSerializer.Deserialize<RunsFile>(await File.ReadAllTextAsync(path), Json) : null;
        var keys = runs.Select(key).ToHashSet(StringComparer.Ordinal);
        var merged = new RunsFile($"{System.Environment.ProcessorCount} cores shared with other people's work (see each run's load average)",
            note ?? existing?.Note, [.. (existing?.Runs ?? []).Where(r => !keys.Contains(key(r))), .. runs]);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(merged, Json));
        Console.WriteLine($"wrote {path}");
    }

    private static Dictionary<string, string> Environment(string[] args)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--env" && args[i + 1].Split('=', 2) is [var name, var value]) environment[name] = value;
        }
        return environment;
    }
}

public sealed record RunsFile(string Machine, string? Note, IReadOnlyList<RunFigures> Runs);

public sealed record MemoryFigures(string Data, string Settings, IReadOnlyDictionary<string, double> ModelsManagedMb, IReadOnlyList<MemoryRun> Runs);

/// <param name="SecondHalfWorkingSetMb">Mean working set over the samples of the second half of the ingest (the store growing).</param>
public sealed record MemoryRun(
    string Environment, int Pages, int ShortPosts, long Articles, double PeakWorkingSetMb, double SecondHalfWorkingSetMb, double SecondHalfManagedHeapMb,
    bool UnderLimit, double PagesPerSecond, double CpuMsPerPage, double LoadAverage, string? DataWithShortPosts, IReadOnlyList<MemorySample> Samples);
