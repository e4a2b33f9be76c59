using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Watchdog.Extract.Evaluation;

/// <summary>One page's prediction and score (null when the folder's answers are withheld).</summary>
public sealed record PageResult(string Id, Uri Url, string PredictedBody, PageScore? Score, TimeSpan Elapsed, string? Error);

/// <summary>Figures for one evaluation run, overall and per page, with writers for predictions and per-page scores.</summary>
public sealed record EvaluationReport(string DataDir, IReadOnlyList<PageResult> Pages, MetricSummary Summary, TimeSpan ExtractionTime)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // Keep Cyrillic and other scripts readable in the files people diff.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Process CPU time spent in the extractor (all threads, so garbage collection counts too).</summary>
    public TimeSpan ExtractionCpuTime { get; init; }

    /// <summary>Whether the pages were scored: false for a folder without ground-truth.json (predictions only).</summary>
    public bool IsScored => Pages.Any(p => p.Score is not null);

    /// <summary>Pages per second of wall-clock time.</summary>
    public double PagesPerSecond => ExtractionTime <= TimeSpan.Zero ? 0 : Pages.Count / ExtractionTime.TotalSeconds;

    /// <summary>Pages per second of CPU time: what one core sustains, whatever else the machine is doing.</summary>
    public double PagesPerCpuSecond => ExtractionCpuTime <= TimeSpan.Zero ? 0 : Pages.Count / ExtractionCpuTime.TotalSeconds;

    /// <summary>Writes predictions in the benchmark's own shape: <c>{ "&lt;id&gt;": { "articleBody": "..." } }</c>.</summary>
    public void WritePredictions(string path)
    {
        var predictions = Pages.ToDictionary(p => p.Id, p => new Dictionary<string, string> { ["articleBody"] = p.PredictedBody });
        WriteJson(path, predictions);
    }

    /// <summary>Writes the summary and every page's scores, worst F1 first, so regressions show page by page.</summary>
    public void WriteReport(string path)
    {
        var report = new
        {
            dataDir = DataDir,
            pages = Pages.Count,
            scored = IsScored,
            precision = Summary.Precision,
            recall = Summary.Recall,
            f1 = Summary.F1,
            accuracy = Summary.Accuracy,
            pagesPerSecond = PagesPerSecond,
            pagesPerCpuSecond = PagesPerCpuSecond,
            perPage = Pages.OrderBy(p => p.Score?.F1 ?? 0).ThenBy(p => p.Id, StringComparer.Ordinal).Select(p => new
            {
                id = p.Id,
                url = p.Url.ToString(),
                precision = p.Score?.Precision,
                recall = p.Score?.Recall,
                f1 = p.Score?.F1,
                exact = p.Score?.ExactMatch,
                truePositives = p.Score?.TruePositives,
                falsePositives = p.Score?.FalsePositives,
                falseNegatives = p.Score?.FalseNegatives,
                predictedCharacters = p.PredictedBody.Length,
                milliseconds = p.Elapsed.TotalMilliseconds,
                error = p.Error,
            }),
        };
        WriteJson(path, report);
    }

    /// <summary>A human-readable summary: the overall figures, then the worst pages.</summary>
    public string FormatSummary(int worstPages = 10)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        if (!IsScored)
        {
            text.AppendLine(c, $"pages: {Pages.Count}  not scored (no {BenchmarkCorpus.GroundTruthFile})  empty predictions: {Pages.Count(p => p.PredictedBody.Length == 0)}  pages/s: {PagesPerSecond:F1} (per CPU-second: {PagesPerCpuSecond:F1})");
            foreach (var page in Pages.Where(p => p.Error is not null).Take(worstPages))
            {
                text.AppendLine(c, $"  {page.Id}  error: {page.Error}");
            }
            return text.ToString();
        }
        text.AppendLine(c, $"pages: {Summary.Pages}  F1: {Summary.F1:F4}  precision: {Summary.Precision:F4}  recall: {Summary.Recall:F4}  accuracy: {Summary.Accuracy:F4}  pages/s: {PagesPerSecond:F1} (per CPU-second: {PagesPerCpuSecond:F1})");
        foreach (var page in Pages.Where(p => p.Score is not null).OrderBy(p => p.Score!.F1).Take(worstPages))
        {
            var score = page.Score!;
            text.AppendLine(c, $"  {score.F1:F3}  P {score.Precision:F3}  R {score.Recall:F3}  {page.Id[..Math.Min(12, page.Id.Length)]}  {page.Url}{(page.Error is null ? "" : "  error: " + page.Error)}");
        }
        return text.ToString();
    }

    private static void WriteJson<T>(string path, T value)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        File.WriteAllText(path, JsonSerializer.Serialize(value, JsonOptions));
    }
}
