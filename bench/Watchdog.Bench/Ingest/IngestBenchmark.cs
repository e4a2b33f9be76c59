using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watchdog.Collect.Fetching;
using Watchdog.Core.Fetching;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.Extract;
using Watchdog.Application;
using Watchdog.Pipeline.Scheduling;

namespace Watchdog.Bench.Ingest;

/// <summary>
/// Full-pipeline ingest over a generated web (default 100 hosts × 100 articles on 127.0.0.1, politeness delays zero):
/// fetch → raw store → extract → language → article store → index, with the real scheduler and pipeline host.
/// Baseline in the same run: fetch + extract only (no store, no index) over a sample of the same pages.
/// Usage: ingest [--pages 10000] [--hosts 100] [--per-host 100] [--concurrency 16]; --pages is spread evenly over the
/// hosts (rounded down to a whole number per host) and wins over --per-host, e.g. `ingest --pages 1000 --hosts 20` for a quick run.
/// </summary>
public static class IngestBenchmark
{
    public const double TargetPagesPerSecond = 200;
    private const int BaselinePages = 2000;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    public static async Task<int> RunAsync(string[] args)
    {
        var hosts = Option(args, "--hosts", 100);
        var pages = Option(args, "--pages", 0);
        var perHost = pages > 0 ? Math.Max(1, pages / hosts) : Option(args, "--per-host", 100);
        var concurrency = Option(args, "--concurrency", 16);
        if (perHost > GeneratedWeb.MaxPagesPerHost)
        {
            Console.Error.WriteLine($"at most {GeneratedWeb.MaxPagesPerHost} pages per host; use more --hosts");
            return 2;
        }
        var total = hosts * perHost;
        await using var web = await GeneratedWeb.StartAsync(hosts, perHost);
        Console.WriteLine($"generated web: {hosts} hosts × {perHost} articles = {total} pages on 127.0.0.1");

        var baseline = await MeasureFetchExtractAsync(web, Math.Min(BaselinePages, total), concurrency);
        Console.WriteLine($"baseline (fetch + extract only, {Math.Min(BaselinePages, total)} pages): {baseline:F1} pages/s");

        var dataFolder = Path.Combine(Path.GetTempPath(), $"watchdog-ingest-{Guid.NewGuid():N}");
        try
        {
            var run = await MeasurePipelineAsync(web, dataFolder, total, concurrency);
            if (run is null) return 1;
            var figures = run with { BaselineFetchExtractPagesPerSecond = Math.Round(baseline, 1), RatioToBaseline = Math.Round(run.PagesPerSecond / baseline, 3) };
            Print(figures);
            var path = Path.Combine(BenchPaths.Results, "ingest.json");
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(figures, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
            Console.WriteLine($"wrote {path}");
            return 0;
        }
        finally
        {
            BenchMath.TryDeleteFolder(dataFolder);
        }
    }

    private static async Task<IngestFigures?> MeasurePipelineAsync(GeneratedWeb web, string dataFolder, int total, int concurrency)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Watchdog:DataFolder"] = dataFolder,
            ["Watchdog:Fetcher:AllowLoopback"] = "true",
            ["Watchdog:Fetcher:PerHostDelay"] = "0s",
            ["Watchdog:Fetcher:PerHostConcurrency"] = "4",
            ["Watchdog:Pipeline:Concurrency"] = concurrency.ToString(CultureInfo.InvariantCulture),
            ["Watchdog:Pipeline:PollInterval"] = "200ms",
            ["Watchdog:Pipeline:Lease"] = "10m",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddWatchdogCore(builder.Configuration).AddWatchdogWorkers();
        using var host = builder.Build();
        var registry = host.Services.GetRequiredService<SourceRegistry>();
        foreach (var site in web.Sites)
        {
            await registry.AddAsync(new SourceDraft(web.FeedUrl(site).AbsoluteUri)
            {
                Kind = SourceKind.Feed,
                Limits = CrawlLimits.Default with { MaxPagesPerRun = web.PerHost },
            }, CancellationToken.None);
        }
        var articles = host.Services.GetRequiredService<IArticleStore>();
        var memory = new SortedDictionary<int, double>();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await host.StartAsync();
        long stored = 0;
        (TimeSpan At, long Stored)? halfway = null;
        while (clock.Elapsed < Timeout)
        {
            await Task.Delay(250);
            stored = await articles.CountAsync(CancellationToken.None);
            halfway ??= stored * 2 >= total ? (clock.Elapsed, stored) : null;
            foreach (var quarter in new[] { 25, 50, 75, 100 })
            {
                if (stored * 100 >= (long)total * quarter && !memory.ContainsKey(quarter)) memory[quarter] = WorkingSetMb();
            }
            if (stored >= total && (await articles.ListUnindexedAsync(1, CancellationToken.None)).Count == 0) break;
        }
        var elapsed = clock.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        await host.StopAsync();
        if (stored < total)
        {
            Console.Error.WriteLine($"only {stored} of {total} articles stored after {elapsed}; giving up");
            return null;
        }
        using var process = Process.GetCurrentProcess();
        var indexBytes = FolderBytes(Path.Combine(dataFolder, Watchdog.Storage.EmbeddedStore.IndexFolderName));
        return new IngestFigures(
            Pages: total, Hosts: web.Sites.Count, Concurrency: concurrency, ElapsedSeconds: Math.Round(elapsed.TotalSeconds, 2),
            PagesPerSecond: Math.Round(total / elapsed.TotalSeconds, 1), TargetPagesPerSecond: TargetPagesPerSecond,
            PeakWorkingSetMb: Math.Round(process.PeakWorkingSet64 / 1048576.0, 1),
            WorkingSetMbAtPercentStored: memory.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value),
            IndexBytesPer1000Articles: indexBytes * 1000 / total, Cores: Environment.ProcessorCount)
        {
            // CPU of the whole process (the generated web's server included) per page: steadier than pages/s on a shared machine.
            CpuMsPerPage = Math.Round(cpu.TotalMilliseconds / total, 2),
            // The second half runs on a warm process (JIT done, caches full): closer to what a service running for days sees.
            SecondHalfPagesPerSecond = halfway is { } half ? Math.Round((total - half.Stored) / (elapsed - half.At).TotalSeconds, 1) : 0,
            LoadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
        };
    }

    private static async Task<double> MeasureFetchExtractAsync(GeneratedWeb web, int pages, int concurrency)
    {
        using var fetcher = new HttpFetcher(new FetcherOptions { AllowLoopback = true, PerHostDelay = TimeSpan.Zero, PerHostConcurrency = 4 });
        var urls = Enumerable.Range(0, pages).Select(i => web.ArticleUrl(web.Sites[i % web.Sites.Count], i / web.Sites.Count)).ToList();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (url, ct) =>
        {
            var result = await fetcher.FetchAsync(new FetchRequest(url), ct);
            if (result.Text is { } html) ArticleExtractor.Extract(html, url);
        });
        return pages / clock.Elapsed.TotalSeconds;
    }

    private static void Print(IngestFigures f)
    {
        Console.WriteLine($"pipeline: {f.Pages} pages in {f.ElapsedSeconds:F1} s = {f.PagesPerSecond:F1} pages/s (target {f.TargetPagesPerSecond}, {f.Cores} cores; {f.RatioToBaseline:F2}× the fetch+extract baseline)");
        Console.WriteLine($"second half (warm process): {f.SecondHalfPagesPerSecond:F1} pages/s");
        Console.WriteLine($"CPU per page (whole process, test web included): {f.CpuMsPerPage:F2} ms; load average {f.LoadAverage}");
        Console.WriteLine($"peak working set: {f.PeakWorkingSetMb:F0} MB; at 25/50/75/100% stored: {string.Join(" / ", f.WorkingSetMbAtPercentStored.Values.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)))} MB");
        Console.WriteLine($"index size: {f.IndexBytesPer1000Articles / 1024.0:F0} KiB per 1,000 articles");
    }

    private static double WorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        return Math.Round(process.WorkingSet64 / 1048576.0, 1);
    }

    private static long FolderBytes(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    private static int Option(string[] args, string name, int fallback) => BenchArgs.PositiveInt(args, name, fallback);

}

/// <summary>What bench/results/ingest.json holds.</summary>
public sealed record IngestFigures(
    int Pages, int Hosts, int Concurrency, double ElapsedSeconds, double PagesPerSecond, double TargetPagesPerSecond,
    double PeakWorkingSetMb, IReadOnlyDictionary<string, double> WorkingSetMbAtPercentStored, long IndexBytesPer1000Articles, int Cores)
{
    public double CpuMsPerPage { get; init; }
    public double SecondHalfPagesPerSecond { get; init; }
    public string? LoadAverage { get; init; }
    public double BaselineFetchExtractPagesPerSecond { get; init; }
    public double RatioToBaseline { get; init; }
}
