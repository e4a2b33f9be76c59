using System.Diagnostics;
using Watchdog.Analysis.Languages.Evaluation;

namespace Watchdog.Bench.LanguageId;

/// <summary>
/// Items per second of several detectors on one thread, timed in small alternating blocks (A B C, then C B A,
/// …) so that a burst of load from another process on a shared machine slows all of them alike instead of
/// whichever happened to run during it; the ratios are then far steadier than those of whole passes.
/// </summary>
public static class InterleavedTiming
{
    private const int BlockSize = 250;

    public static IReadOnlyDictionary<string, double> ItemsPerSecond(IReadOnlyList<LabelledText> items, IReadOnlyList<(string Name, Func<string, string> Detect)> detectors)
    {
        var seconds = detectors.ToDictionary(detector => detector.Name, _ => 0.0);
        for (var start = 0; start < items.Count; start += BlockSize)
        {
            var block = items.Skip(start).Take(BlockSize).ToList();
            var forward = start / BlockSize % 2 == 0;
            foreach (var (name, detect) in forward ? detectors : detectors.Reverse())
            {
                var clock = Stopwatch.StartNew();
                foreach (var item in block) detect(item.Text);
                seconds[name] += clock.Elapsed.TotalSeconds;
            }
        }
        return seconds.ToDictionary(pair => pair.Key, pair => items.Count / Math.Max(pair.Value, 1e-9));
    }
}
