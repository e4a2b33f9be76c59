using System.Globalization;
using System.Text.Json;
using Watchdog.Extract.Evaluation;

namespace Watchdog.Bench.Extraction;

/// <summary>
/// Article extraction quality and speed: Watchdog's extractor and SmartReader (a .NET port of
/// readability.js) on the same benchmark pages in the same run, single-threaded, scored with the
/// benchmark's own metric. Speed is given twice: the scoring pass (the first of the process, after a
/// short warm-up, so JIT compilation weighs heavily) and the median of several passes once the JIT
/// has settled (<see cref="ExtractionThroughput"/>), which is what a running service sees.
/// Then: k-fold cross-validation of the tuned thresholds over the development pages
/// (<see cref="ExtractionCrossValidation"/>), and F1 on the hand-written fixture sets — Russian and Kazakh
/// pages in the shape of the region's CMSs, and one page per failure class (tests/Watchdog.Extract.Tests/Fixtures).
/// Usage: extraction [--data DIR] [--ours-only] [--passes N] [--max-warmup-passes N] [--folds K] [--no-cv].
/// </summary>
public static class ExtractionBenchmark
{
    // Published F1 / P / R of other extractors on all 181 pages of the benchmark (see the data folder's README).
    private static readonly (string Name, double F1, double Precision, double Recall)[] Published =
    [
        ("Zyte AutoExtract (commercial, 2019)", 0.970, 0.984, 0.956),
        ("rs_trafilatura", 0.970, 0.951, 0.990),
        ("go_trafilatura", 0.960, 0.940, 0.980),
        ("trafilatura 2.0.0", 0.958, 0.938, 0.978),
        ("readability.js", 0.947, 0.914, 0.982),
        ("newspaper4k", 0.949, 0.964, 0.934),
        ("justext", 0.804, 0.858, 0.756),
    ];

    public static Task<int> RunAsync(string[] args)
    {
        var dataDir = ArgValue(args, "--data") ?? Path.Combine(BenchPaths.SharedData, "extraction");
        if (!File.Exists(Path.Combine(dataDir, BenchmarkCorpus.GroundTruthFile)))
        {
            Console.Error.WriteLine($"No benchmark at {dataDir} (expected {BenchmarkCorpus.GroundTruthFile} and html/).");
            return Task.FromResult(2);
        }

        var oursOnly = args.Contains("--ours-only");
        var passes = IntArg(args, "--passes") ?? DefaultPasses;
        var maxWarmUp = IntArg(args, "--max-warmup-passes") ?? DefaultMaxWarmUpPasses;
        var pages = BenchmarkCorpus.Load(dataDir).Select(p => (BenchmarkCorpus.DecodeHtml(p.Html), p.Url)).ToList();

        var runs = new List<Run> { Measure("Watchdog.Extract", dataDir, pages, ExtractionEvaluator.ExtractBody, maxWarmUp, passes) };
        if (!oursOnly)
        {
            runs.Add(Measure("SmartReader 0.11.1", dataDir, pages, SmartReaderBody, maxWarmUp, passes));
        }

        Console.WriteLine($"Article extraction on {runs[0].Report.Summary.Pages} pages of {dataDir} (single thread)");
        Console.WriteLine("first pass: the scoring pass, after a 20-page warm-up; JIT compilation still weighs heavily");
        Console.WriteLine($"warm: median of {passes} passes after the JIT settled (its warm-up passes in brackets)");
        Console.WriteLine($"{"extractor",-22} {"F1",7} {"P",7} {"R",7} {"acc",7} {"first pages/s",14} {"per cpu-s",10} {"warm pages/s",13} {"per cpu-s",10}");
        foreach (var run in runs) Print(run);
        if (runs.Count > 1)
        {
            var (ours, smartReader) = (runs[0], runs[1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio ours/SmartReader: F1 {ours.Report.Summary.F1 / smartReader.Report.Summary.F1:F3}, speed {ours.Report.PagesPerCpuSecond / smartReader.Report.PagesPerCpuSecond:F2}x first pass, {ours.Speed.MedianPagesPerCpuSecond / smartReader.Speed.MedianPagesPerCpuSecond:F2}x warm (CPU time)"));
        }

        var fixtureSets = FixtureSets.Select(set => (set.Name, set.Description, Runs: FixtureRuns(set.Folder, oursOnly))).ToList();
        foreach (var (name, _, setRuns) in fixtureSets)
        {
            foreach (var (extractor, report) in setRuns)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name} ({report.Summary.Pages} pages), {extractor}: F1 {report.Summary.F1:F4} (P {report.Summary.Precision:F4}, R {report.Summary.Recall:F4})"));
            }
        }

        CrossValidationFigures? cv = null;
        if (!args.Contains("--no-cv"))
        {
            var k = IntArg(args, "--folds") ?? ExtractionCrossValidation.DefaultFolds;
            cv = ExtractionCrossValidation.Run(BenchmarkCorpus.Load(dataDir), k);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cross-validation ({cv.K} folds, {cv.GridSize} settings): held-out F1 {cv.PooledHeldOut.F1:F4} (P {cv.PooledHeldOut.Precision:F4}, R {cv.PooledHeldOut.Recall:F4}); defaults on all pages {cv.DefaultsOnAll.F1:F4}; best setting on all pages {cv.BestOnAll.F1:F4} ({ExtractionCrossValidation.Describe(cv.BestParameters)})"));
            foreach (var f in cv.Folds)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  fold {f.Fold}: {f.HeldOutPages} pages held out, chosen {ExtractionCrossValidation.Describe(f.Chosen)}; F1 {f.TrainingF1:F4} on the rest, {f.HeldOut.F1:F4} held out"));
            }
        }

        if (oursOnly)
        {
            // The results file always carries the baseline measured in the same run.
            Console.WriteLine("--ours-only: bench/results/extraction.json not written");
            return Task.FromResult(0);
        }
        var resultPath = Path.Combine(BenchPaths.Results, "extraction.json");
        File.WriteAllText(resultPath, JsonSerializer.Serialize(new
        {
            benchmark = "extraction",
            dataDir,
            pages = runs[0].Report.Summary.Pages,
            measuredAt = DateTimeOffset.UtcNow,
            results = runs.Select(Figures),
            crossValidation = cv is null ? null : ExtractionCrossValidation.ToJson(cv),
            fixtureSets = fixtureSets.Select(set => new
            {
                name = set.Name,
                description = set.Description,
                data = "synthetic: hand-written pages",
                results = set.Runs.Select(r => new
                {
                    name = r.Extractor,
                    pages = r.Report.Summary.Pages,
                    f1 = r.Report.Summary.F1,
                    precision = r.Report.Summary.Precision,
                    recall = r.Report.Summary.Recall,
                    perPage = r.Report.Pages.Select(p => new { id = p.Id, f1 = p.Score?.F1 }),
                }),
            }),
            published = Published.Select(p => new { name = p.Name, f1 = p.F1, precision = p.Precision, recall = p.Recall, pages = 181 }),
        }, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"wrote {resultPath}");
        return Task.FromResult(0);
    }

    private static readonly (string Name, string Description, string Folder)[] FixtureSets =
    [
        ("regional CMS pages", "Russian and Kazakh article pages in the shape of 1C-Bitrix, WordPress, DLE, Tilda and Joomla templates, with their menus, currency/weather bars, share widgets, read-also lists and comments",
            Path.Combine(BenchPaths.RepoRoot, "tests", "Watchdog.Extract.Tests", "Fixtures", "Regional")),
        ("failure classes", "one page per failure class seen on unseen pages: comment threads, teaser grids, sidebar boxes, top bars, split bodies, text past the article, broken script/style",
            Path.Combine(BenchPaths.RepoRoot, "tests", "Watchdog.Extract.Tests", "Fixtures", "FailureClasses")),
    ];

    private static List<(string Extractor, EvaluationReport Report)> FixtureRuns(string folder, bool oursOnly)
    {
        var runs = new List<(string, EvaluationReport)> { ("Watchdog.Extract", ExtractionEvaluator.Evaluate(folder)) };
        if (!oursOnly) runs.Add(("SmartReader 0.11.1", ExtractionEvaluator.Evaluate(folder, SmartReaderBody)));
        return runs;
    }

    // The three-argument overload parses the given text; the two-argument one would download the URL.
    private static string SmartReaderBody(string html, Uri url) => SmartReader.Reader.ParseArticle(url.ToString(), html, null).TextContent ?? "";

    /// <summary>Measured passes once warm: five give a steady median on a busy machine in a few seconds.</summary>
    public const int DefaultPasses = 5;

    /// <summary>Enough for the JIT to settle on an idle machine with room to spare; a busy one may need more.</summary>
    public const int DefaultMaxWarmUpPasses = 30;

    private sealed record Run(string Name, EvaluationReport Report, ThroughputFigures Speed);

    private static Run Measure(string name, string dataDir, IReadOnlyList<(string Html, Uri Url)> pages, BodyExtractor extractor, int maxWarmUp, int passes)
    {
        var report = ExtractionEvaluator.Evaluate(dataDir, extractor);
        var speed = ExtractionThroughput.Measure(pages, extractor, maxWarmUp, passes);
        return new Run(name, report, speed);
    }

    private static void Print(Run run)
    {
        var (report, speed) = (run.Report, run.Speed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{run.Name,-22} {report.Summary.F1,7:F4} {report.Summary.Precision,7:F4} {report.Summary.Recall,7:F4} {report.Summary.Accuracy,7:F4} {report.PagesPerSecond,14:F1} {report.PagesPerCpuSecond,10:F1} {speed.MedianPagesPerSecond,13:F1} {speed.MedianPagesPerCpuSecond,10:F1} ({speed.WarmUpPasses})"));
    }

    private static object Figures(Run run) => new
    {
        name = run.Name,
        f1 = run.Report.Summary.F1,
        precision = run.Report.Summary.Precision,
        recall = run.Report.Summary.Recall,
        accuracy = run.Report.Summary.Accuracy,
        firstPassPagesPerSecond = run.Report.PagesPerSecond,
        firstPassPagesPerCpuSecond = run.Report.PagesPerCpuSecond,
        warmPagesPerSecond = run.Speed.MedianPagesPerSecond,
        warmPagesPerCpuSecond = run.Speed.MedianPagesPerCpuSecond,
        warmUpPasses = run.Speed.WarmUpPasses,
        measuredPasses = run.Speed.Measured.Select(p => new { pagesPerSecond = p.PagesPerSecond, pagesPerCpuSecond = p.PagesPerCpuSecond, methodsCompiled = p.MethodsCompiled }),
        failedPages = run.Report.Pages.Count(p => p.Error is not null),
    };

    private static int? IntArg(string[] args, string name) =>
        int.TryParse(ArgValue(args, name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    private static string? ArgValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
