using System.Diagnostics;
using System.Runtime;
using Watchdog.Extract.Evaluation;

namespace Watchdog.Bench.Extraction;

/// <summary>Speed of one pass over all pages: wall clock, process CPU (all threads: JIT and GC count too), JIT activity.</summary>
public sealed record PassFigures(double PagesPerSecond, double PagesPerCpuSecond, long MethodsCompiled);

/// <summary>
/// Steady-state speed: passes over the pages, first until the JIT has settled, then measured.
/// </summary>
/// <param name="WarmUpPasses">Passes run before measuring.</param>
/// <param name="Measured">The measured passes, in order.</param>
public sealed record ThroughputFigures(int WarmUpPasses, IReadOnlyList<PassFigures> Measured)
{
    public double MedianPagesPerSecond => Median(Measured.Select(p => p.PagesPerSecond));
    public double MedianPagesPerCpuSecond => Median(Measured.Select(p => p.PagesPerCpuSecond));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>
/// Measures an extractor the way a long-running service sees it. A fresh process spends its first
/// passes compiling: .NET's tiered JIT compiles each hot method up to three times (quick, instrumented,
/// optimised) on a background thread, and for AngleSharp's large parser that takes seconds of CPU.
/// So passes are run until one compiles hardly any method, and the median of the passes after that
/// is reported. (The evaluation run before it gives the first-pass figure, so start-up cost is not hidden.)
/// </summary>
public static class ExtractionThroughput
{
    /// <summary>A pass that compiles fewer methods than this has left the JIT's warm-up behind.</summary>
    public const int SettledMethodsPerPass = 25;

    public static ThroughputFigures Measure(IReadOnlyList<(string Html, Uri Url)> pages, BodyExtractor extractor, int maxWarmUpPasses, int measuredPasses)
    {
        var last = RunPass(pages, extractor);
        var warmUpPasses = 1;
        while (last.MethodsCompiled >= SettledMethodsPerPass && warmUpPasses < maxWarmUpPasses)
        {
            last = RunPass(pages, extractor);
            warmUpPasses++;
        }
        var measured = new List<PassFigures>(measuredPasses);
        for (var i = 0; i < measuredPasses; i++) measured.Add(RunPass(pages, extractor));
        return new ThroughputFigures(warmUpPasses, measured);
    }

    private static PassFigures RunPass(IReadOnlyList<(string Html, Uri Url)> pages, BodyExtractor extractor)
    {
        var methodsBefore = JitInfo.GetCompiledMethodCount();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        foreach (var (html, url) in pages)
        {
            try
            {
                extractor(html, url);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Failures are scored by the evaluation run; here only the time counts.
            }
        }
        clock.Stop();
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        return new PassFigures(
            pages.Count / clock.Elapsed.TotalSeconds,
            cpu <= TimeSpan.Zero ? 0 : pages.Count / cpu.TotalSeconds,
            JitInfo.GetCompiledMethodCount() - methodsBefore);
    }
}
