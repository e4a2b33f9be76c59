using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Watchdog.Pipeline.Metrics;

/// <summary>
/// Counts one status per item per stage (<c>ok</c>, <c>not-modified</c>, <c>dup</c>, <c>failed</c>, …), the way
/// story-indexer does; <c>/metrics</c> renders it. Thread-safe; counters only go up.
/// </summary>
public sealed class PipelineMetrics
{
    private readonly ConcurrentDictionary<(string Stage, string Status), StrongBox> _counts = new();
    private readonly ConcurrentDictionary<string, StrongBox> _deferrals = new(StringComparer.Ordinal);

    /// <summary>CPU and wall-clock time per stage, rendered with the counters.</summary>
    public StageClock Stages { get; } = new();

    public void Count(string stage, string status, long by = 1)
    {
        var box = _counts.GetOrAdd((stage, status), _ => new StrongBox());
        Interlocked.Add(ref box.Value, by);
    }

    /// <summary>
    /// An item put back to wait for its host's politeness turn: not an outcome (the item gets its one status when it
    /// runs), so it is counted apart; a high rate says many items wait on few hosts.
    /// </summary>
    public void CountDeferral(string stage) => Interlocked.Increment(ref _deferrals.GetOrAdd(stage, _ => new StrongBox()).Value);

    public long Deferrals(string stage) => _deferrals.TryGetValue(stage, out var box) ? Interlocked.Read(ref box.Value) : 0;

    public long Get(string stage, string status) =>
        _counts.TryGetValue((stage, status), out var box) ? Interlocked.Read(ref box.Value) : 0;

    /// <summary>A consistent-enough copy of every counter, ordered by stage then status.</summary>
    public IReadOnlyList<StageCount> Snapshot() =>
        _counts.Select(pair => new StageCount(pair.Key.Stage, pair.Key.Status, Interlocked.Read(ref pair.Value.Value)))
            .OrderBy(c => c.Stage, StringComparer.Ordinal)
            .ThenBy(c => c.Status, StringComparer.Ordinal)
            .ToList();

    /// <summary>Prometheus text exposition format (version 0.0.4) of every counter, the stage times and the process's memory.</summary>
    public string RenderPrometheus()
    {
        var text = new StringBuilder();
        text.Append("# HELP watchdog_stage_items_total Items handled by each pipeline stage, by outcome.\n");
        text.Append("# TYPE watchdog_stage_items_total counter\n");
        foreach (var count in Snapshot())
        {
            text.Append(CultureInfo.InvariantCulture,
                $"watchdog_stage_items_total{{stage=\"{EscapeLabel(count.Stage)}\",status=\"{EscapeLabel(count.Status)}\"}} {count.Count}\n");
        }
        text.Append("# HELP watchdog_stage_deferred_total Items put back to wait for their host's politeness turn (not an outcome).\n");
        text.Append("# TYPE watchdog_stage_deferred_total counter\n");
        foreach (var (stage, box) in _deferrals.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"watchdog_stage_deferred_total{{stage=\"{EscapeLabel(stage)}\"}} {Interlocked.Read(ref box.Value)}\n");
        }
        Stages.RenderPrometheus(text);
        ProcessMemory.RenderPrometheus(text);
        RuntimeWork.RenderPrometheus(text);
        return text.ToString();
    }

    private static string EscapeLabel(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private sealed class StrongBox
    {
        public long Value;
    }
}

public sealed record StageCount(string Stage, string Status, long Count);
