using System.Globalization;
using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Stories.Clustering;
using Watchdog.Analysis.Stories.Duplicates;
using Watchdog.Bench.IngestReal;
using Watchdog.Bench.Matching;
using Watchdog.Extract;

namespace Watchdog.Bench.Stories;

/// <summary>
/// CPU of story assignment on real-size articles, without the store: the articles of ingest-real's page set
/// (<see cref="RealPageSet"/>, extracted and language-detected beforehand, not timed), each added to one
/// <see cref="StoryClusterer"/> and SimHashed as the ingest stage does, and every batch's touched stories read back for
/// their labels. Thread CPU time, so other processes on the machine do not count. With --assignments FILE it writes
/// every article's story id, similarity (round-trip) and SimHash, and every batch's labels, so a change that should
/// keep the stories can be checked with diff. With --memory it then adds the same articles to a second clusterer, its
/// word caches warm, and reports the live heap that clusterer holds (open stories, document frequencies); with --rounds R
/// as well, that heap through R rounds of a stream whose vocabulary keeps growing (<see cref="LongStoryStream"/>), with
/// the clusterer's term limit at --max-terms T if given. Usage: stories-cpu [--pages N] [--assignments FILE] [--memory
/// [--rounds R] [--max-terms T]] (default 2000 pages); writes nothing to bench/results.
/// </summary>
public static class StoriesCpuBenchmark
{
    /// <summary>As the ingest stage's StoryAssigner.BatchSize: touched stories are read once per batch.</summary>
    private const int BatchSize = 200;

    public static Task<int> RunAsync(string[] args)
    {
        var pages = BenchArgs.PositiveInt(args, "--pages", 2000);
        var set = RealPageSet.Load(Path.Combine(BenchPaths.SharedData, "extraction"));
        var fetched = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var articles = Enumerable.Range(0, pages).Select(n =>
        {
            var extracted = ArticleExtractor.Extract(set.Page(n), new Uri(FormattableString.Invariant($"http://127.0.0.1/news/{n}")));
            var language = LanguageDetector.Default.Detect(extracted.Text);
            return new StoryArticle(n + 1, extracted.PublishedAt ?? fetched.AddSeconds(n), language, extracted.Title ?? "", extracted.Text);
        }).ToList();
        Console.WriteLine($"stories-cpu: {articles.Count} articles, mean {articles.Average(a => a.Text.Length):F0} characters");

        var clusterer = new StoryClusterer();
        var record = new List<string>();
        var started = ThreadCpuClock.Now();
        foreach (var batch in articles.Chunk(BatchSize))
        {
            var touched = new HashSet<int>();
            foreach (var article in batch)
            {
                var assignment = clusterer.Add(article);
                var simHash = TextSimHash.Compute(article.Text, article.Language);
                touched.Add(assignment.StoryId);
                record.Add(string.Create(CultureInfo.InvariantCulture, $"{article.Id} {assignment.StoryId} {assignment.Similarity:R} {simHash:X16}"));
            }
            foreach (var id in touched) record.Add($"{id}: {string.Join(' ', clusterer.Find(id)?.Label ?? [])}");
        }
        var cpu = ThreadCpuClock.Now() - started;
        var stories = clusterer.Stories();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{cpu / articles.Count * 1000:F2} ms CPU an article ({(ThreadCpuClock.IsThreadCpuTime ? "thread CPU" : "wall clock")}); " +
            $"{stories.Count} stories, {stories.Count(s => s.ArticleIds.Count > 1)} with more than one article; " +
            $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        if (BenchArgs.Text(args, "--assignments") is { } path) File.WriteAllLines(path, record);
        if (!args.Contains("--memory")) return Task.FromResult(0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"a clusterer of these articles holds {HeldMb(articles):F1} MB of live heap, {clusterer.TermCount} terms"));
        if (BenchArgs.PositiveInt(args, "--rounds", 0) is var rounds and > 0)
        {
            var defaults = new StoryClusteringOptions();
            LongStoryStream.Run(articles, rounds, defaults with { MaxTerms = BenchArgs.PositiveInt(args, "--max-terms", defaults.MaxTerms) }, BatchSize);
        }
        return Task.FromResult(0);
    }

    private static double HeldMb(List<StoryArticle> articles)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clusterer = new StoryClusterer();
        foreach (var article in articles) clusterer.Add(article);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(clusterer);
        return (after - before) / 1048576.0;
    }
}
