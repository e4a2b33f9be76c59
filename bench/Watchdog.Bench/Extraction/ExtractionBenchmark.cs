using System.Globalization;
using System.Text.Json;
using Watchdog.Extract;
using Watchdog.Extract.Evaluation;

namespace Watchdog.Bench.Extraction;

/// <summary>
/// Article extraction quality and speed: Watchdog's extractor and SmartReader (a .NET port of
/// readability.js) on the same benchmark pages in the same run, single-threaded, scored with the
/// benchmark's own metric. Usage: extraction [--data DIR].
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

        var ours = ExtractionEvaluator.Evaluate(dataDir, (html, url) => ArticleExtractor.Extract(html, url).Text);
        // The three-argument overload parses the given text; the two-argument one would download the URL.
        var smartReader = ExtractionEvaluator.Evaluate(dataDir, (html, url) => SmartReader.Reader.ParseArticle(url.ToString(), html, null).TextContent ?? "");

        Console.WriteLine($"Article extraction on {ours.Summary.Pages} pages of {dataDir} (single thread)");
        Console.WriteLine($"{"extractor",-22} {"F1",7} {"P",7} {"R",7} {"acc",7} {"pages/s",9} {"pages/cpu-s",12}");
        Print("Watchdog.Extract", ours);
        Print("SmartReader 0.11.1", smartReader);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio ours/SmartReader: F1 {ours.Summary.F1 / smartReader.Summary.F1:F3}, speed {ours.PagesPerCpuSecond / smartReader.PagesPerCpuSecond:F2}x (CPU time)"));

        var resultPath = Path.Combine(BenchPaths.Results, "extraction.json");
        File.WriteAllText(resultPath, JsonSerializer.Serialize(new
        {
            benchmark = "extraction",
            dataDir,
            pages = ours.Summary.Pages,
            measuredAt = DateTimeOffset.UtcNow,
            results = new[] { Figures("Watchdog.Extract", ours), Figures("SmartReader 0.11.1", smartReader) },
            published = Published.Select(p => new { name = p.Name, f1 = p.F1, precision = p.Precision, recall = p.Recall, pages = 181 }),
        }, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"wrote {resultPath}");
        return Task.FromResult(0);
    }

    private static void Print(string name, EvaluationReport report) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} {report.Summary.F1,7:F4} {report.Summary.Precision,7:F4} {report.Summary.Recall,7:F4} {report.Summary.Accuracy,7:F4} {report.PagesPerSecond,9:F1} {report.PagesPerCpuSecond,12:F1}"));

    private static object Figures(string name, EvaluationReport report) => new
    {
        name,
        f1 = report.Summary.F1,
        precision = report.Summary.Precision,
        recall = report.Summary.Recall,
        accuracy = report.Summary.Accuracy,
        pagesPerSecond = report.PagesPerSecond,
        pagesPerCpuSecond = report.PagesPerCpuSecond,
        failedPages = report.Pages.Count(p => p.Error is not null),
    };

    private static string? ArgValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
