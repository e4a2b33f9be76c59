using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using Watchdog.Watch.Matching;
using Watchdog.Watch.Matching.Compiled;
using Watchdog.Query.Watchlists;

namespace Watchdog.Bench.Matching;

/// <summary>
/// Standing-query matching on one core: the compiled matcher (prefilter + verification) against evaluating every
/// query on every article (what a percolator without a presearcher does), at 10,000 and 100,000 queries.
/// Each article is analysed once (timed apart: the pipeline analyses it anyway) and matched against both query sets.
/// Then, on all cores, the article-to-alert latency on the embedded default (<see cref="AlertLatencyBenchmark"/>).
/// Usage: matching [--articles N] [--queries N] [--large-queries N] [--naive-articles N]
///                 [--latency-articles N] [--latency-rate ARTICLES_PER_SECOND] [--latency-only]
///                 [--analysis-only [--passes N]]
/// </summary>
public static class MatchingBenchmark
{
    private const int WarmUpArticles = 300;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Contains("--latency-only"))
        {
            await MeasureAlertLatencyAsync(args);
            return 0;
        }
        if (args.Contains("--analysis-only")) return MeasureAnalysisOnly(args);
        var articleCount = Option(args, "--articles", 20_000);
        var naiveArticles = Option(args, "--naive-articles", 200);
        PinToOneCore();

        var largeQueryCount = Option(args, "--large-queries", 100_000);
        var corpus = new SyntheticCorpus(seed: 42, vocabularySize: 30_000, people: largeQueryCount / 10);
        var articles = corpus.Articles(articleCount, seed: 7);
        var normalizer = AnalysisTermNormalizer.Default;
        Console.WriteLine($"{articles.Count} generated articles (ru/kk/en), {articles.Average(a => a.Text.Split(' ').Length):0} words on average");

        var sets = new[] { Compile(corpus, Option(args, "--queries", 10_000), normalizer), Compile(corpus, largeQueryCount, normalizer) };
        var runs = sets.Select(_ => new MatchRun(articles.Count)).ToArray();
        // Warm-up, untimed: JIT tiers and the normaliser's cache settle, as they have in a long-running worker.
        foreach (var article in articles.Take(WarmUpArticles))
        {
            var document = MatchDocument.FromArticle(article, normalizer);
            foreach (var set in sets) set.Set.Match(document);
        }
        // A long-running worker matches between allocations of its own; blocking full collections would be the bench's, not the matcher's.
        GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
        var naiveSample = new List<MatchDocument>();
        var analysisSeconds = 0.0;
        foreach (var article in articles)
        {
            var started = ThreadCpuClock.Now();
            var document = MatchDocument.FromArticle(article, normalizer);
            analysisSeconds += ThreadCpuClock.Now() - started;
            for (var s = 0; s < sets.Length; s++) runs[s].Match(sets[s].Set, document);
            if (naiveSample.Count < naiveArticles) naiveSample.Add(document);
        }
        var analysisRate = articles.Count / analysisSeconds;
        // Again, every word now seen before: a long-running worker whose caches hold the vocabulary of its sources.
        var warmStarted = ThreadCpuClock.Now();
        foreach (var article in articles) MatchDocument.FromArticle(article, normalizer);
        var warmAnalysisRate = articles.Count / (ThreadCpuClock.Now() - warmStarted);
        Console.WriteLine($"analysis (tokenise + stem + name forms, cached): {analysisRate:0} articles/s on first sight, {warmAnalysisRate:0} articles/s with every word seen before");

        var results = sets.Select((set, s) => Report(set, runs[s], naiveSample, withNaive: s == 0)).ToArray();
        var json = new
        {
            data = "synthetic: generated ru/kk/en articles and standing queries (SyntheticCorpus, QueryMix; seeds 42, 7, 11)",
            settings = args.Length == 0 ? "defaults" : "matching " + string.Join(' ', args),
            measuredAt = DateTimeOffset.UtcNow,
            cores = Environment.ProcessorCount,
            articles = articles.Count,
            naiveArticles = naiveSample.Count,
            analysisArticlesPerSecond = Math.Round(analysisRate),
            analysisWarmArticlesPerSecond = Math.Round(warmAnalysisRate),
            queries = results[0],
            largeQueries = results[1],
            timeBasis = ThreadCpuClock.IsThreadCpuTime ? "thread CPU time" : "wall clock",
            loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
            note = "analysisArticlesPerSecond: each article analysed once, in order, after a warm-up of 300 (its new words are stemmed and remembered as it goes); analysisWarmArticlesPerSecond: the same articles again, every word remembered; " +
                   "one core (process pinned to CPU 0; rates per CPU-second of the matching thread, since the machine is shared); matching figures exclude analysis (done once per article by the pipeline); " +
                   "naive = QueryEvaluator on every query for each of the first naiveArticles articles, and naiveAndCompiledAgree compares the sets of (article, query) matches; matchLatency is per-article matching time; " +
                   "article-to-alert latency is in alert-latency.json",
        };
        var path = Path.Combine(BenchPaths.Results, "matching.json");
        File.WriteAllText(path, JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"wrote {path}");

        UnpinFromOneCore();
        await MeasureAlertLatencyAsync(args);
        return 0;
    }

    /// <summary>
    /// Analysis for matching alone (no query set compiled, nothing written): for profiling the analysis path.
    /// Its first-seen rate is lower than the full run's, whose query compilation has already stemmed the query words.
    /// </summary>
    private static int MeasureAnalysisOnly(string[] args)
    {
        PinToOneCore();
        var corpus = new SyntheticCorpus(seed: 42, vocabularySize: 30_000, people: Option(args, "--large-queries", 100_000) / 10);
        var articles = corpus.Articles(Option(args, "--articles", 20_000), seed: 7);
        var normalizer = AnalysisTermNormalizer.Default;
        foreach (var article in corpus.Articles(Option(args, "--warm-up", WarmUpArticles), seed: 8)) MatchDocument.FromArticle(article, normalizer);
        Thread.Sleep(Option(args, "--settle-ms", 0));
        for (var pass = 0; pass < Option(args, "--passes", 2); pass++)
        {
            var (gcPause, gen0, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(2));
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = ThreadCpuClock.Now();
            foreach (var article in articles) MatchDocument.FromArticle(article, normalizer);
            Console.WriteLine($"analysis pass {pass + 1}: {articles.Count / (ThreadCpuClock.Now() - started):0} articles per CPU-second; " +
                              $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / articles.Count:0.0} KB allocated per article, " +
                              $"GC pauses {(GC.GetTotalPauseDuration() - gcPause).TotalMilliseconds:0} ms ({GC.CollectionCount(0) - gen0} collections, {GC.CollectionCount(2) - gen2} full)");
        }
        return 0;
    }

    private static async Task MeasureAlertLatencyAsync(string[] args)
    {
        var corpus = new SyntheticCorpus(seed: 42, vocabularySize: 30_000, people: Option(args, "--queries", 10_000) / 10);
        var (queries, watchlists) = QueryMix.Generate(corpus, Option(args, "--queries", 10_000), seed: 11);
        var articles = corpus.Articles(Option(args, "--latency-articles", 600), seed: 99);
        var rate = Option(args, "--latency-rate", 20);
        Console.WriteLine($"alert latency: {queries.Count} standing queries with a webhook each, {articles.Count} articles stored at {rate}/s");
        var figures = await AlertLatencyBenchmark.RunAsync(queries, watchlists, articles, rate);
        Console.WriteLine(AlertLatencyBenchmark.Describe(figures));
        var path = Path.Combine(BenchPaths.Results, "alert-latency.json");
        var json = new
        {
            figures,
            target = "p99 under 1 s",
            loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
            cores = Environment.ProcessorCount,
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"wrote {path}");
    }

    private sealed record CompiledSet(CompiledQuerySet Set, double CompileSeconds, double MemoryMb, int Errors);

    private static CompiledSet Compile(SyntheticCorpus corpus, int queryCount, ITermNormalizer normalizer)
    {
        var (queries, watchlists) = QueryMix.Generate(corpus, queryCount, seed: 11);
        var before = ManagedMemory();
        var watch = Stopwatch.StartNew();
        var compilation = StandingQueryCompiler.Compile(queries, new WatchlistCatalog(watchlists), normalizer);
        var seconds = watch.Elapsed.TotalSeconds;
        foreach (var language in new[] { "ru", "kk", "en" }) // build each language's anchor table now, so memory includes them
        {
            compilation.QuerySet.Candidates(MatchDocument.Create("", "", language, DocumentMetadata.None, normalizer));
        }
        var memoryMb = (ManagedMemory() - before) / 1024.0 / 1024.0;
        GC.KeepAlive(compilation);
        Console.WriteLine($"[{queryCount}] compiled in {seconds:0.00} s, {compilation.Errors.Count} errors, " +
                          $"{compilation.QuerySet.AlwaysVerifyCount} without a required word, {memoryMb:0} MB");
        return new CompiledSet(compilation.QuerySet, seconds, memoryMb, compilation.Errors.Count);
    }

    private sealed class MatchRun(int articles)
    {
        public double[] Latencies { get; } = new double[articles];
        public long Matches { get; private set; }
        public double Seconds { get; private set; }
        private int _next;

        public double WallSeconds { get; private set; }

        public void Match(CompiledQuerySet set, MatchDocument document)
        {
            var wall = Stopwatch.GetTimestamp();
            var cpu = ThreadCpuClock.Now();
            Matches += set.Match(document).Count;
            var seconds = ThreadCpuClock.Now() - cpu;
            WallSeconds += Stopwatch.GetElapsedTime(wall).TotalSeconds;
            Latencies[_next++] = seconds * 1000;
            Seconds += seconds;
        }
    }

    private static object Report(CompiledSet compiled, MatchRun run, List<MatchDocument> sample, bool withNaive)
    {
        var set = compiled.Set;
        var rate = run.Latencies.Length / run.Seconds;
        var candidates = sample.Average(d => set.Candidates(d).Count);
        Array.Sort(run.Latencies);
        var label = $"[{set.Queries.Count}]";
        Console.WriteLine($"{label} compiled: {rate:0} articles per CPU-second ({run.Latencies.Length / run.WallSeconds:0} by the wall clock), {run.Matches / (double)run.Latencies.Length:0.00} matches and {candidates:0.0} candidates " +
                          $"per article, p50 {BenchMath.Percentile(run.Latencies, 0.5):0.000} ms, p99 {BenchMath.Percentile(run.Latencies, 0.99):0.000} ms");
        double? naiveRate = null;
        bool? agree = null;
        int? missed = null, extra = null;
        if (withNaive)
        {
            var started = ThreadCpuClock.Now();
            var naiveMatches = sample.SelectMany((d, a) => set.Queries.Where(q => QueryEvaluator.Matches(q.Query, d)).Select(q => (Article: a, q.QueryId))).ToHashSet();
            naiveRate = sample.Count / (ThreadCpuClock.Now() - started);
            var compiledMatches = sample.SelectMany((d, a) => set.Match(d).Select(q => (Article: a, q.QueryId))).ToHashSet();
            // The same (article, query) pairs, not merely as many: a missed match and a false one would cancel out in a count.
            agree = compiledMatches.SetEquals(naiveMatches);
            missed = naiveMatches.Except(compiledMatches).Count();
            extra = compiledMatches.Except(naiveMatches).Count();
            Console.WriteLine($"{label} naive (every query on every article): {naiveRate:0.0} articles/s; compiled is {rate / naiveRate:0}x faster; " +
                              $"same (article, query) matches on the {sample.Count} sampled articles: {agree} ({naiveMatches.Count} naive, {missed} missed, {extra} extra)");
            // Which pairs differ, so a disagreement can be looked into rather than only counted.
            foreach (var (article, queryId) in naiveMatches.Except(compiledMatches).Take(5)) Console.WriteLine($"  missed by compiled: sampled article {article}, query {queryId}");
            foreach (var (article, queryId) in compiledMatches.Except(naiveMatches).Take(5)) Console.WriteLine($"  found only by compiled: sampled article {article}, query {queryId}");
        }
        return new
        {
            queries = set.Queries.Count,
            compileSeconds = Math.Round(compiled.CompileSeconds, 2),
            compiledMemoryMb = Math.Round(compiled.MemoryMb),
            alwaysVerified = set.AlwaysVerifyCount,
            compiledArticlesPerSecond = Math.Round(rate),
            compiledArticlesPerWallSecond = Math.Round(run.Latencies.Length / run.WallSeconds),
            matchLatencyMsP50 = Math.Round(BenchMath.Percentile(run.Latencies, 0.5), 3),
            matchLatencyMsP99 = Math.Round(BenchMath.Percentile(run.Latencies, 0.99), 3),
            matchesPerArticle = Math.Round(run.Matches / (double)run.Latencies.Length, 2),
            candidatesPerArticle = Math.Round(candidates, 1),
            naiveArticlesPerSecond = naiveRate is { } n ? Math.Round(n, 1) : (double?)null,
            speedupOverNaive = naiveRate is { } m ? Math.Round(rate / m) : (double?)null,
            naiveAndCompiledAgree = agree,
            matchesMissedByCompiled = missed,
            matchesOnlyCompiledFound = extra,
        };
    }

    private static long ManagedMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static void PinToOneCore()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;
    }

    /// <summary>The latency phase runs the whole service, which uses every core it is given.</summary>
    private static void UnpinFromOneCore()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
            Process.GetCurrentProcess().ProcessorAffinity = (nint)((1L << Environment.ProcessorCount) - 1);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }
}
