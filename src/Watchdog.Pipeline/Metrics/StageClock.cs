using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Watchdog.Pipeline.Metrics;

/// <summary>
/// CPU and wall-clock time per pipeline stage (<see cref="PipelineStages"/>), always on, so the next bottleneck shows in
/// <c>/metrics</c> rather than only in a profiler. A <see cref="Measure"/> scope sets an <see cref="AsyncLocal{T}"/>
/// whose change handler runs whenever the measured flow's code starts or stops running on a thread (an await resuming
/// on another thread, a thread-pool hop, other work interleaved on the same thread), and charges the thread CPU time in
/// between to the stage. So async stages are measured right across awaits, and scopes nest: an inner stage's CPU is
/// not also the outer's (wall-clock time, which includes waiting, is the outer's too).
/// </summary>
/// <remarks>
/// Cost: one thread-CPU clock read (a system call of well under a microsecond) per switch, a few dozen per page.
/// CPU the runtime spends on its own threads (background GC, the JIT's tiering thread) is no stage's.
/// </remarks>
public sealed class StageClock
{
    private static readonly AsyncLocal<StageTotals?> Current = new(OnCurrentChanged);

    [ThreadStatic]
    private static long t_runningSince;

    private readonly ConcurrentDictionary<string, StageTotals> _stages = new(StringComparer.Ordinal);

    /// <summary>Charges the calling flow's CPU time to <paramref name="stage"/> until the scope is disposed.</summary>
    public StageScope Measure(string stage)
    {
        var totals = _stages.GetOrAdd(stage, static name => new StageTotals(name));
        var outer = Current.Value;
        Current.Value = totals;
        return new StageScope(totals, outer, Stopwatch.GetTimestamp());
    }

    /// <summary>Every stage measured so far, by name.</summary>
    public IReadOnlyList<StageTime> Snapshot() =>
        [.. _stages.Values.Select(s => s.Read()).OrderBy(s => s.Stage, StringComparer.Ordinal)];

    /// <summary>Prometheus text exposition of the CPU seconds, wall seconds and scopes counted per stage.</summary>
    public void RenderPrometheus(StringBuilder text)
    {
        var stages = Snapshot();
        Render(text, "watchdog_stage_cpu_seconds_total", "CPU time spent in each pipeline stage (thread CPU time, nested stages excluded).", stages, s => s.CpuSeconds);
        Render(text, "watchdog_stage_wall_seconds_total", "Wall-clock time spent in each pipeline stage, waiting included.", stages, s => s.WallSeconds);
        Render(text, "watchdog_stage_runs_total", "Times each pipeline stage ran.", stages, s => s.Runs);
    }

    private static void Render(StringBuilder text, string name, string help, IReadOnlyList<StageTime> stages, Func<StageTime, double> value)
    {
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} counter\n");
        foreach (var stage in stages) text.Append(CultureInfo.InvariantCulture, $"{name}{{stage=\"{stage.Stage}\"}} {value(stage)}\n");
    }

    private static void OnCurrentChanged(AsyncLocalValueChangedArgs<StageTotals?> change)
    {
        var now = ThreadCpuTime.NowNanoseconds();
        change.PreviousValue?.AddCpu(now - t_runningSince);
        t_runningSince = now;
    }

    /// <summary>Ends a <see cref="Measure"/> scope: the flow's time goes back to the enclosing stage (or to none).</summary>
    public readonly struct StageScope : IDisposable
    {
        private readonly StageTotals _totals;
        private readonly StageTotals? _outer;
        private readonly long _startedAt;

        internal StageScope(StageTotals totals, StageTotals? outer, long startedAt)
        {
            _totals = totals;
            _outer = outer;
            _startedAt = startedAt;
        }

        public void Dispose()
        {
            if (_totals is null) return;
            Current.Value = _outer;
            _totals.AddRun(Stopwatch.GetElapsedTime(_startedAt));
        }
    }

    internal sealed class StageTotals(string stage)
    {
        private long _cpuNanoseconds;
        private long _wallTicks;
        private long _runs;

        public void AddCpu(long nanoseconds)
        {
            if (nanoseconds > 0) Interlocked.Add(ref _cpuNanoseconds, nanoseconds);
        }

        public void AddRun(TimeSpan wall)
        {
            Interlocked.Add(ref _wallTicks, wall.Ticks);
            Interlocked.Increment(ref _runs);
        }

        public StageTime Read() => new(
            stage, Interlocked.Read(ref _cpuNanoseconds) / 1e9, TimeSpan.FromTicks(Interlocked.Read(ref _wallTicks)).TotalSeconds, Interlocked.Read(ref _runs));
    }
}

/// <summary>What one stage has cost so far: CPU seconds (its own, nested stages excluded), wall seconds and runs.</summary>
public sealed record StageTime(string Stage, double CpuSeconds, double WallSeconds, long Runs);

/// <summary>
/// The stage names the pipeline measures (<see cref="StageClock"/>). A work item's kind (e.g. <c>fetch-article</c>) is
/// measured around the whole item too, so what no named stage took (reading the source, the payload) shows under it.
/// </summary>
public static class PipelineStages
{
    /// <summary>The HTTP fetch: politeness, robots.txt, request and body (decompression included).</summary>
    public const string Fetch = "fetch";
    /// <summary>Charset decoding and article extraction from the page's HTML.</summary>
    public const string Extract = "extract";
    /// <summary>Language identification of the extracted text.</summary>
    public const string Language = "language";
    /// <summary>Analysis, part 1: the article's tone (and its content hash), when it is composed.</summary>
    public const string AnalysisTone = "analysis-tone";
    /// <summary>Analysis, part 2: named entities, tagged before matching.</summary>
    public const string AnalysisEntities = "analysis-entities";
    /// <summary>Analysis, part 3: story clustering and the text's SimHash.</summary>
    public const string AnalysisStories = "analysis-stories";
    /// <summary>Writes and reads of the store: raw body, article, URL state, fetch log, entities, stories, indexed flags.</summary>
    public const string Store = "store";
    /// <summary>Adding articles to the search index and committing it.</summary>
    public const string Index = "index";
    /// <summary>Matching standing queries (analysis for matching, the compiled matcher, alerts) and the leak check.</summary>
    public const string Watch = "watch";
    /// <summary>Leasing, completing and retrying work items.</summary>
    public const string Queue = "queue";
}
