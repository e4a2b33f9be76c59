using System.Diagnostics;

namespace Watchdog.Extract.Evaluation;

/// <summary>A text extractor under evaluation: page HTML and address in, article body out.</summary>
public delegate string BodyExtractor(string html, Uri url);

/// <summary>Runs an extractor over a benchmark folder and scores it with the benchmark's own metric.</summary>
public static class ExtractionEvaluator
{
    /// <summary>Evaluates Watchdog's <see cref="ArticleExtractor"/> on the folder.</summary>
    /// <exception cref="InvalidDataException">The folder is not in the benchmark's shape.</exception>
    public static EvaluationReport Evaluate(string dataDir, CancellationToken cancellationToken = default) =>
        Evaluate(dataDir, ExtractBody, cancellationToken);

    /// <summary>
    /// The service's budget guards the pipeline against pathological pages; an evaluation on a busy
    /// machine must not score a page empty because the JIT or another process held the core.
    /// </summary>
    public static readonly ExtractionOptions EvaluationOptions = new() { TimeBudget = TimeSpan.FromMinutes(1) };

    /// <summary>Watchdog's extractor as a <see cref="BodyExtractor"/>, with <see cref="EvaluationOptions"/>.</summary>
    public static string ExtractBody(string html, Uri url) => ArticleExtractor.Extract(html, url, EvaluationOptions).Text;

    /// <summary>
    /// Pages run through the extractor untimed before measuring, so that the very first calls' JIT
    /// compilation is left out. The tiered JIT goes on recompiling hot code for many more passes, so the
    /// timed pass is still a start-up figure; bench/ (extraction) also measures the settled speed.
    /// </summary>
    public const int WarmUpPages = 20;

    /// <summary>
    /// Evaluates any extractor on the folder. Only the extractor's own time counts towards pages per
    /// second: reading, unzipping and decoding the files are done before the clock starts. Wall time
    /// and process CPU time are both kept: on a busy machine only the latter says what one core does.
    /// </summary>
    public static EvaluationReport Evaluate(string dataDir, BodyExtractor extractor, CancellationToken cancellationToken = default)
    {
        var pages = BenchmarkCorpus.Load(dataDir);
        WarmUp(pages, extractor);
        var results = new List<PageResult>(pages.Count);
        var total = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var html = BenchmarkCorpus.DecodeHtml(page.Html);
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var clock = Stopwatch.StartNew();
            string predicted;
            var error = page.ReadProblem;
            try
            {
                predicted = extractor(html, page.Url);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One page that breaks the extractor scores zero; it must not hide the other pages' figures.
                predicted = "";
                error = $"{ex.GetType().Name}: {ex.Message}";
            }
            clock.Stop();
            total += clock.Elapsed;
            cpu += Environment.CpuUsage.TotalTime - cpuBefore;
            var score = page.ExpectedBody is null ? null : ShingleMetric.ScorePage(page.ExpectedBody, predicted);
            results.Add(new PageResult(page.Id, page.Url, predicted, score, clock.Elapsed, error));
        }
        var scores = results.Select(r => r.Score).OfType<PageScore>().ToList();
        return new EvaluationReport(Path.GetFullPath(dataDir), results, MetricSummary.From(scores), total)
        {
            ExtractionCpuTime = cpu,
        };
    }

    private static void WarmUp(IReadOnlyList<BenchmarkPage> pages, BodyExtractor extractor)
    {
        foreach (var page in pages.Take(WarmUpPages))
        {
            try
            {
                extractor(BenchmarkCorpus.DecodeHtml(page.Html), page.Url);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The timed run records the failure against the page.
            }
        }
    }
}
