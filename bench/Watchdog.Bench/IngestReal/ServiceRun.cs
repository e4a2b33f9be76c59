using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;
using Watchdog.Testing;

namespace Watchdog.Bench.IngestReal;

/// <summary>
/// One ingest of a <see cref="RealWeb"/> by the real service: `watchdog up` on the embedded store, or N `watchdog worker`
/// processes on PostgreSQL, each a child process with its own CPU and memory read from /proc. Standing queries are added
/// with the real CLI first. The run is timed from the moment every process said it runs until every page is handled,
/// every article stored, indexed, matched and given its story.
/// </summary>
public sealed class ServiceRun(RunSettings settings, string workFolder)
{
    /// <summary>Standing queries matched against every article (words of the pages' English pool, so some match).</summary>
    public static readonly IReadOnlyList<(string Name, string Query)> StandingQueries =
    [
        ("courts", "police OR court OR judge"),
        ("climate", "\"climate change\" OR emissions"),
        ("apple", "Apple AND (iPhone OR iPad)"),
        ("elections", "election AND (government OR president)"),
        ("tech", "Google OR Facebook OR Microsoft"),
    ];

    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(30);

    private string ConfigFile => Path.Combine(workFolder, "watchdog.yaml");
    private string DataFolder => Path.Combine(workFolder, "data");

    public async Task<RunFigures?> RunAsync(RealWeb web)
    {
        Directory.CreateDirectory(workFolder);
        await File.WriteAllTextAsync(ConfigFile, Config(web));
        foreach (var (name, query) in StandingQueries)
        {
            var (exit, output) = await WatchdogProcess.RunAsync(["queries", "add", name, query, "--config", ConfigFile], TimeSpan.FromMinutes(2));
            if (exit != 0) throw new InvalidOperationException($"watchdog queries add failed: {output}");
        }
        var apiPort = FreeLoopbackPort();
        string[][] roles = settings.Postgres is null
            ? [["up", "--urls", $"http://127.0.0.1:{apiPort}", "--config", ConfigFile]]
            : [.. Enumerable.Range(0, settings.Workers).Select(_ => new[] { "worker", "--config", ConfigFile })];
        var probe = new IngestProbe(settings.Postgres is null ? OpenSqlite : () => new NpgsqlConnection(settings.Postgres));
        using var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{apiPort}"), Timeout = TimeSpan.FromSeconds(30) };
        var postgresServer = settings.Postgres is null ? null : await PostgresServerCpu.FindAsync(settings.Postgres);

        var started = Stopwatch.StartNew();
        var services = roles.Select(role => WatchdogProcess.Start(role, settings.Environment)).ToList();
        try
        {
            foreach (var (service, role) in services.Zip(roles))
            {
                if (!await service.WaitForOutputAsync(role[0] == "up" ? "Watchdog is listening on" : "watchdog worker running", StartLimit))
                    throw new InvalidOperationException($"watchdog {role[0]} did not start:{Environment.NewLine}{service.Output}");
            }
            var startupSeconds = started.Elapsed.TotalSeconds;
            var pids = services.Select(s => s.Id).ToList();
            var cpuAtStart = pids.Sum(ProcFigures.CpuSeconds);
            var databaseCpuAtStart = postgresServer?.CpuSeconds() ?? 0;
            using var bench = Process.GetCurrentProcess();
            var webCpuAtStart = bench.TotalProcessorTime;
            var stagesAtStart = settings.Postgres is null ? await ScrapeAsync(api) : null;
            var servedAtStart = web.Served;
            var clock = Stopwatch.StartNew();
            // The first sample is the service as it starts work: models loaded, nothing stored yet.
            var samples = new List<MemorySample> { await SampleAsync(api, pids, (await probe.ReadAsync()).Articles, TimeSpan.Zero, cpuAtStart) };
            var loads = new List<double>();
            PeakRise? peakReached = null;
            IngestCounts counts;
            while (true)
            {
                await Task.Delay(PollEvery);
                counts = await probe.ReadAsync();
                loads.Add(ProcFigures.LoadAverageOneMinute());
                if (pids.Count == 1 && ProcFigures.PeakResidentMb(pids[0]) is var peak && peak > (peakReached?.PeakMb ?? 0) + 1)
                    peakReached = await PeakRiseAsync(api, pids[0], counts.Articles, clock.Elapsed, peak);
                if (counts.Articles >= (long)samples.Count * settings.SampleEvery)
                    samples.Add(await SampleAsync(api, pids, counts.Articles, clock.Elapsed, cpuAtStart));
                if (counts.IsComplete(web.Pages)) break;
                if (clock.Elapsed > RunLimit || services.Any(s => s.HasExited))
                {
                    Console.Error.WriteLine($"run stopped after {clock.Elapsed}: {counts}{Environment.NewLine}{services.Select(s => s.Output).FirstOrDefault(o => o.Length > 0)}");
                    return null;
                }
            }
            var elapsed = clock.Elapsed;
            var cpu = pids.Sum(ProcFigures.CpuSeconds) - cpuAtStart;
            var databaseCpu = (postgresServer?.CpuSeconds() ?? 0) - databaseCpuAtStart;
            bench.Refresh();
            var webCpu = (bench.TotalProcessorTime - webCpuAtStart).TotalSeconds;
            samples.Add(await SampleAsync(api, pids, counts.Articles, elapsed, cpuAtStart));
            var metrics = settings.Postgres is null ? await ScrapeAsync(api) : null;
            if (metrics is not null) Console.WriteLine(RuntimeWorkPerPage(metrics, stagesAtStart!, web.Pages));
            var served = (Pages: web.Served.Pages - servedAtStart.Pages, Bytes: web.Served.Bytes - servedAtStart.Bytes);
            return new RunFigures
            {
                Politeness = settings.Politeness,
                Store = settings.Postgres is null ? "embedded" : "postgres",
                Workers = settings.Workers,
                Pages = web.Pages,
                ShortPosts = web.Posts,
                ArticlesStored = counts.Articles,
                Duplicates = (long)PrometheusText.Value(metrics ?? Empty, "watchdog_stage_items_total{stage=\"fetch-article\",status=\"dup\"}"),
                Quarantined = counts.Quarantined,
                ElapsedSeconds = Math.Round(elapsed.TotalSeconds, 1),
                PagesPerSecond = Math.Round(web.Pages / elapsed.TotalSeconds, 1),
                MeanPageBytes = served.Pages == 0 ? 0 : served.Bytes / served.Pages,
                CpuMsPerPage = Math.Round(cpu * 1000 / web.Pages, 2),
                PagesPerCpuSecond = Math.Round(web.Pages / cpu, 1),
                DatabaseServerCpuMsPerPage = postgresServer is null ? null : Math.Round(databaseCpu * 1000 / web.Pages, 2),
                LoopbackWebCpuMsPerPage = Math.Round(webCpu * 1000 / web.Pages, 2),
                StageCpuMsPerPage = metrics is null ? null : StageMsPerPage(metrics, stagesAtStart!, "watchdog_stage_cpu_seconds_total", web.Pages, cpu),
                StageWallMsPerPage = metrics is null ? null : StageMsPerPage(metrics, stagesAtStart!, "watchdog_stage_wall_seconds_total", web.Pages, unattributedOf: null),
                StartupSeconds = Math.Round(startupSeconds, 1),
                PeakWorkingSetMb = Math.Round(pids.Max(ProcFigures.PeakResidentMb), 1),
                PeakReached = peakReached,
                Memory = samples,
                IndexBytesPer1000Articles = settings.Postgres is null ? FolderBytes(Path.Combine(DataFolder, Storage.EmbeddedStore.IndexFolderName)) * 1000 / Math.Max(1, counts.Articles) : null,
                LoadAverage = Math.Round(loads.Average(), 1),
                LoadAverageAtEnd = ProcFigures.LoadAverage(),
                Data = web.Description,
                Settings = settings.Describe(web),
            };
        }
        finally
        {
            foreach (var service in services) service.Terminate();
            foreach (var service in services)
            {
                try
                {
                    await service.WaitForExitAsync(TimeSpan.FromSeconds(20));
                }
                catch (OperationCanceledException)
                {
                    Console.Error.WriteLine("a service did not stop within 20 s of SIGTERM; killed");
                }
                service.Dispose();
            }
        }
    }

    private static readonly IReadOnlyDictionary<string, double> Empty = new Dictionary<string, double>();

    /// <summary>Per page, each stage's time in the run (counters at the end less those at the start); CPU also what no stage took.</summary>
    private static Dictionary<string, double> StageMsPerPage(
        IReadOnlyDictionary<string, double> end, IReadOnlyDictionary<string, double> start, string metric, int pages, double? unattributedOf)
    {
        var before = PrometheusText.ByStage(start, metric);
        var perPage = PrometheusText.ByStage(end, metric)
            .ToDictionary(s => s.Key, s => (s.Value - before.GetValueOrDefault(s.Key)) * 1000 / pages, StringComparer.Ordinal);
        // CPU of the process no stage measured: runtime threads (background GC, JIT), the web app, timers, loops between items.
        if (unattributedOf is { } total) perPage["unattributed"] = total * 1000 / pages - perPage.Values.Sum();
        // The issue's stage "analysis" is the sum of its measured parts (tone, entities, stories), which stay listed.
        perPage["analysis"] = perPage.Where(s => s.Key.StartsWith("analysis-", StringComparison.Ordinal)).Sum(s => s.Value);
        return perPage.ToDictionary(s => s.Key, s => Math.Round(s.Value, 3), StringComparer.Ordinal);
    }

    /// <summary>The runtime's own work in the run, per page: much of the CPU no stage took (background collections, recompilation).</summary>
    private static string RuntimeWorkPerPage(IReadOnlyDictionary<string, double> end, IReadOnlyDictionary<string, double> start, int pages)
    {
        double PerPage(string key) => (PrometheusText.Value(end, key) - PrometheusText.Value(start, key)) / pages;
        double Collections(int generation) => PerPage($"dotnet_gc_collections_total{{generation=\"{generation}\"}}") * 1000;
        return string.Create(CultureInfo.InvariantCulture,
            $"  runtime per page: {PerPage("dotnet_gc_allocated_bytes_total") / 1024:F0} KB allocated, GC pauses {PerPage("dotnet_gc_pause_seconds_total") * 1000:F2} ms, " +
            $"JIT {PerPage("dotnet_jit_compilation_seconds_total") * 1000:F2} ms; collections per 1,000 pages: gen0 {Collections(0):F0}, gen1 {Collections(1):F0}, gen2 {Collections(2):F0}");
    }

    private static async Task<MemorySample> SampleAsync(HttpClient api, IReadOnlyList<int> pids, long articles, TimeSpan at, double cpuAtStart)
    {
        var metrics = pids.Count == 1 ? await ScrapeAsync(api) : null;
        return new MemorySample(
            articles, Math.Round(at.TotalSeconds, 1), Math.Round(pids.Sum(ProcFigures.ResidentMb), 1),
            Math.Round(pids.Sum(ProcFigures.AnonymousMb), 1), Math.Round(pids.Sum(ProcFigures.FileBackedMb), 1),
            metrics is null ? null : Mb(PrometheusText.Value(metrics, "dotnet_gc_heap_size_bytes")),
            metrics is null ? null : Mb(PrometheusText.Value(metrics, "dotnet_gc_committed_bytes")),
            Math.Round(pids.Sum(ProcFigures.CpuSeconds) - cpuAtStart, 1),
            metrics is null ? null : Mb(PrometheusText.Value(metrics, "dotnet_gc_large_object_heap_bytes")),
            metrics is null ? null : [.. Enumerable.Range(0, 3).Select(g => (int)PrometheusText.Value(metrics, $"dotnet_gc_collections_total{{generation=\"{g}\"}}"))],
            metrics is null ? null : Mb(PrometheusText.Value(metrics, "watchdog_sqlite_memory_bytes")),
            pids.Sum(ProcFigures.Threads));
    }

    private static async Task<PeakRise> PeakRiseAsync(HttpClient api, int pid, long articles, TimeSpan at, double peakMb)
    {
        var metrics = await ScrapeAsync(api);
        return new PeakRise(
            articles, Math.Round(at.TotalSeconds, 1), Math.Round(peakMb, 1), Math.Round(ProcFigures.ResidentMb(pid), 1), ProcFigures.Threads(pid),
            metrics.Count == 0 ? null : [.. Enumerable.Range(0, 3).Select(g => (int)PrometheusText.Value(metrics, $"dotnet_gc_collections_total{{generation=\"{g}\"}}"))]);
    }

    /// <returns>The samples of the service's /metrics; empty when there is no web app (workers) or it does not answer.</returns>
    private static async Task<IReadOnlyDictionary<string, double>> ScrapeAsync(HttpClient api)
    {
        try
        {
            return PrometheusText.Parse(await api.GetStringAsync("/metrics"));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return Empty;
        }
    }

    private static double Mb(double bytes) => Math.Round(bytes / 1048576, 1);

    private DbConnection OpenSqlite() => new SqliteConnection(new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(DataFolder, "watchdog.db"),
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString());

    private string Config(RealWeb web)
    {
        var store = settings.Postgres is null ? "" : $"""
            store:
              kind: postgres
              connectionString: "{settings.Postgres}"
            """;
        var fetcher = settings.Politeness == RunSettings.PolitenessOff
            ? """
              fetcher:
                allowLoopback: true
                perHostDelay: 0s
                perHostConcurrency: 4
              """
            : """
              fetcher:
                allowLoopback: true
              """;
        var sources = string.Concat(web.Sites.Select(site => (Url: RealWeb.ListingUrl(site), Kind: RealWeb.KindOf(site)))
            .Concat(web.SocialSites.Select(site => (Url: RealWeb.SocialUrl(site), Kind: Core.Sources.SourceKind.Mastodon)))
            .Select(source => $"""
              - url: {source.Url}
                every: 1h
                kind: {source.Kind.ToString().ToLowerInvariant()}

            """));
        return $"""
            dataFolder: {DataFolder}
            {store}
            {fetcher}
            pipeline:
              concurrency: {settings.Concurrency.ToString(CultureInfo.InvariantCulture)}
              pollInterval: 200ms
            sources:
            {sources}
            """;
    }

    private static long FolderBytes(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <param name="Politeness"><see cref="PolitenessOff"/> (no delay, 4 requests at once per host) or <see cref="PolitenessDefault"/> (the fetcher's defaults).</param>
/// <param name="Postgres">Connection string of an empty database for `watchdog worker` processes; null for one `watchdog up` on the embedded store.</param>
/// <param name="Environment">Extra environment of the service processes (e.g. GC settings under test).</param>
/// <param name="SocialHosts">Mastodon-like hosts of <see cref="ShortPosts"/> besides the article sites (0: articles only).</param>
public sealed record RunSettings(
    string Politeness, int Concurrency, string? Postgres, int Workers, int SampleEvery, IReadOnlyDictionary<string, string> Environment, int SocialHosts = 0)
{
    public const string PolitenessOff = "off";
    public const string PolitenessDefault = "default";

    public string Describe(RealWeb web)
    {
        var fetcher = Politeness == PolitenessOff
            ? "politeness off: per-host delay 0, 4 requests at once per host"
            : "default politeness: 1 s between requests to one host, one at a time, robots.txt read";
        var processes = Postgres is null ? "one `watchdog up` on the embedded store (SQLite + Lucene)" : $"{Workers} `watchdog worker` process(es) on one PostgreSQL (fsync off, as the tests run it)";
        var environment = Environment.Count == 0 ? "" : $"; environment {string.Join(' ', Environment.Select(e => $"{e.Key}={e.Value}"))}";
        var social = web.SocialSites.Count == 0 ? "" : $" and {web.SocialSites.Count} Mastodon-like hosts of {ShortPosts.PerTimeline} short posts each ({web.Posts} posts)";
        return string.Create(CultureInfo.InvariantCulture,
            $"{web.Sites.Count} loopback hosts (one port each on 127.0.0.1; half RSS, half sitemap) × {web.PerHost} pages{social}; {fetcher}; pipeline concurrency {Concurrency} per process, poll 200 ms; {processes}; {ServiceRun.StandingQueries.Count} standing queries; timed from every process running until every page is handled and every article stored, indexed, matched and given its story{environment}");
    }
}
