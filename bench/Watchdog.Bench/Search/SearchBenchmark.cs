using System.Diagnostics;
using System.Text.Json;
using Watchdog.Core.Search;
using Watchdog.Storage;
using Watchdog.Testing;

namespace Watchdog.Bench.Search;

/// <summary>
/// What a search costs inside the embedded index, without HTTP, the audit log or anything else the service does at the
/// same time: the bundled sample web's articles (the demo's backlog, real-style ru/kk/en) stored and indexed, then
/// each case searched over and over on one thread for a fixed time, with the result cache off and on. CPU time of the
/// process per search, so the figure holds on a busy machine (the wall-clock rate does not).
/// Usage: search [--seconds 3] (per case) [--out NAME] (bench/results/NAME.json, default search-index)
/// </summary>
public static class SearchBenchmark
{
    /// <summary>The query mix of bench/search-api/queries.lua, so the two benchmarks can be read side by side.</summary>
    private static readonly SearchRequest[] Mix =
    [
        new() { Query = "Almaty" },
        new() { Query = "прокуратура", Language = "ru" },
        new() { Query = "Алматы", Language = "kk" },
        new() { Query = "\"press freedom\"" },
        new() { Query = "court OR bank", Order = SearchOrder.Newest },
        new() { Query = "univers*", Language = "en" },
        new() { Query = "Almaty NOT bank", PageSize = 10 },
        new() { Query = "банк", Order = SearchOrder.Newest },
    ];

    /// <summary>The same word with no hit, one and a page of 20: each hit adds its highlighting.</summary>
    private static readonly (string Name, SearchRequest Request)[] ByHits =
    [
        ("no hits", new() { Query = "zzzqqq" }),
        ("1 hit", new() { Query = "Almaty", PageSize = 1 }),
        ("20 hits", new() { Query = "Almaty", PageSize = 20 }),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = BenchArgs.PositiveInt(args, "--seconds", 3);
        var name = BenchArgs.Text(args, "--out") ?? "search-index";
        var folder = TestPaths.NewTempFolder("watchdog-search-bench");
        try
        {
            using var store = await EmbeddedStore.OpenAsync(folder);
            var corpus = await SeededCorpus.StoreAsync(store.Sources, store.Articles, store.Search, CancellationToken.None);
            var index = store.Search;
            Console.WriteLine($"search: {corpus.Articles.Count} sample web articles indexed; {seconds} s a case, one thread");

            // Warm-up before any case: tiered compilation optimises the hot code in the background for a while, and that
            // CPU (and the slow code meanwhile) must not be billed to the first case.
            index.CachesResults = false;
            await MeasureAsync("warm-up", cached: false, [.. Mix, .. ByHits.Select(c => c.Request)], index, 2 * seconds);
            var cases = new List<object>();
            foreach (var cached in new[] { false, true })
            {
                index.CachesResults = cached;
                cases.Add(await MeasureAsync("query mix", cached, Mix, index, seconds));
                foreach (var (label, request) in ByHits) cases.Add(await MeasureAsync(label, cached, [request], index, seconds));
            }
            // Which query of the mix costs what, uncached.
            index.CachesResults = false;
            foreach (var request in Mix) cases.Add(await MeasureAsync(Describe(request), cached: false, [request], index, seconds));

            var result = new
            {
                benchmark = "search inside the embedded index (LuceneSearchIndex.SearchAsync), no HTTP or audit; one thread; CPU time of the process per search",
                data = new { kind = "real-style", what = "the bundled sample web's articles (the demo's backlog), stored and indexed", articles = corpus.Articles.Count },
                settings = new { secondsPerCase = seconds, queryMix = "the 8 queries of bench/search-api/queries.lua" },
                machine = new { cores = Environment.ProcessorCount, loadAverage = File.ReadAllText("/proc/loadavg").Trim() },
                cases,
            };
            var path = Path.Combine(BenchPaths.Results, $"{name}.json");
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, new JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }));
            Console.WriteLine($"written to {path}");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Describe(SearchRequest request) =>
        $"{request.Query} [{request.Language ?? "any"}, {request.Order.ToString().ToLowerInvariant()}, {request.PageSize}]";

    private static async Task<object> MeasureAsync(string label, bool cached, SearchRequest[] requests, Watchdog.Storage.Search.LuceneSearchIndex index, int seconds)
    {
        // Warm-up: JIT and, when on, the cache's first answers.
        foreach (var request in requests) await index.SearchAsync(request, CancellationToken.None);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long searches = 0, hits = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            foreach (var request in requests)
            {
                hits += (await index.SearchAsync(request, CancellationToken.None)).Hits.Count;
                searches++;
            }
        }
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var perSearch = cpuMs / searches;
        Console.WriteLine($"  {label,-36} cache {(cached ? "on " : "off")}: {perSearch,8:F4} ms CPU a search, {hits / (double)searches,5:F1} hits a search, {searches / clock.Elapsed.TotalSeconds,8:F0} searches/s");
        return new
        {
            @case = label,
            resultCache = cached,
            searches,
            hitsPerSearch = Math.Round(hits / (double)searches, 2),
            cpuMsPerSearch = Math.Round(perSearch, 5),
            searchesPerSecondOneThread = Math.Round(searches / clock.Elapsed.TotalSeconds),
        };
    }
}
