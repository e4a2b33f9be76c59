using System.Globalization;
using Watchdog.Bench.IngestReal;
using Watchdog.Bench.Matching;
using Watchdog.Core.Articles;
using Watchdog.Extract;
using Watchdog.Pipeline.Entities;
using Watchdog.Pipeline.Stages.Articles;

namespace Watchdog.Bench.Analysis;

/// <summary>
/// CPU of the ingest pipeline's per-article analysis on real-size articles, without the store or the network: the
/// articles of ingest-real's page set (<see cref="RealPageSet"/>, extracted beforehand, not timed) go through language
/// identification, tone and entity tagging as the ingest stages call them, stage by stage, a warm-up round first.
/// Thread CPU time, so other processes on the machine count less (contention still slows every core). With
/// --outputs FILE it writes every article's language, tone and entities, so a change that should keep them can be
/// checked with diff. Usage: analysis-cpu [--pages N] [--rounds N] [--outputs FILE] (default 1000 pages, 3 rounds);
/// writes nothing to bench/results.
/// </summary>
public static class AnalysisCpuBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        var pages = BenchArgs.PositiveInt(args, "--pages", 1000);
        var rounds = BenchArgs.PositiveInt(args, "--rounds", 3);
        var set = RealPageSet.Load(Path.Combine(BenchPaths.SharedData, "extraction"));
        var fetched = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var extracted = Enumerable.Range(0, pages).Select(n =>
        {
            var url = new Uri(FormattableString.Invariant($"http://127.0.0.1/news/{n}"));
            return (Page: ArticleExtractor.Extract(set.Page(n), url), Origin: new ArticleOrigin(1, [], url, fetched.AddSeconds(n), null));
        }).Where(e => e.Page.Kind == PageKind.Article && !string.IsNullOrWhiteSpace(e.Page.Text)).ToList();
        Console.WriteLine($"analysis-cpu: {extracted.Count} articles, mean {extracted.Average(e => e.Page.Text.Length):F0} characters");

        var languages = new string[extracted.Count];
        var untoned = new Article[extracted.Count];
        var toned = new Article[extracted.Count];
        var entities = new string[extracted.Count];
        var stages = new (string Name, Action<int> Run)[]
        {
            ("language", i => languages[i] = ArticleComposer.ChooseLanguage(extracted[i].Page.Text, extracted[i].Page.LanguageHint)),
            ("compose", i => untoned[i] = ArticleComposer.UntonedFromPage(extracted[i].Page, extracted[i].Origin, null, languages[i])),
            ("tone", i => toned[i] = ArticleComposer.WithTone(untoned[i])),
            ("entities", i => entities[i] = string.Join("; ", ArticleEntityTagging.Of(toned[i]).Select(e => $"{e.Kind} {e.Key} {e.Name} {e.Mentions}"))),
        };
        for (var round = 0; round <= rounds; round++)
        {
            var figures = new List<string>();
            foreach (var (name, run) in stages)
            {
                var started = ThreadCpuClock.Now();
                for (var i = 0; i < extracted.Count; i++) run(i);
                figures.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {(ThreadCpuClock.Now() - started) / extracted.Count * 1000:F3}"));
            }
            Console.WriteLine($"{(round == 0 ? "warm-up" : $"round {round}")}: ms CPU an article: {string.Join(", ", figures)}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        }
        if (BenchArgs.Text(args, "--outputs") is { } path)
            File.WriteAllLines(path, toned.Select((a, i) => $"{i} {a.Language} {a.Tone?.Label()} {a.ContentHash} | {entities[i]}"));
        return Task.FromResult(0);
    }
}
