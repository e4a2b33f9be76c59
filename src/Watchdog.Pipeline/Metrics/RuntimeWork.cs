using System.Globalization;
using System.Runtime;
using System.Text;

namespace Watchdog.Pipeline.Metrics;

/// <summary>
/// What the runtime did besides running the stages, as counters: bytes allocated, collections by generation, the time
/// the collector paused the process and the time the JIT compiled. The stage clock (<see cref="StageClock"/>) charges a
/// collection to the stage whose allocation set it off, but background collections and tiered recompilation run on
/// threads of their own, which is most of the CPU no stage took; these say how much.
/// </summary>
public static class RuntimeWork
{
    public static void RenderPrometheus(StringBuilder text)
    {
        Counter(text, "dotnet_gc_allocated_bytes_total", "Bytes allocated on the managed heap since the process started.",
            GC.GetTotalAllocatedBytes(precise: false).ToString(CultureInfo.InvariantCulture));
        text.Append("# HELP dotnet_gc_collections_total Garbage collections since the process started, by generation.\n");
        text.Append("# TYPE dotnet_gc_collections_total counter\n");
        for (var generation = 0; generation <= GC.MaxGeneration; generation++)
            text.Append(CultureInfo.InvariantCulture, $"dotnet_gc_collections_total{{generation=\"{generation}\"}} {GC.CollectionCount(generation)}\n");
        Counter(text, "dotnet_gc_pause_seconds_total", "Time the garbage collector held the process paused.",
            GC.GetTotalPauseDuration().TotalSeconds.ToString("R", CultureInfo.InvariantCulture));
        Counter(text, "dotnet_jit_compilation_seconds_total", "Time spent compiling methods (first calls and tiered recompilation).",
            JitInfo.GetCompilationTime().TotalSeconds.ToString("R", CultureInfo.InvariantCulture));
    }

    private static void Counter(StringBuilder text, string name, string help, string value) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}\n");
}
