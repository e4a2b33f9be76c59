using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Watchdog.Pipeline.Metrics;

/// <summary>
/// Where the process's memory is, as gauges: the working set the operating system counts, the managed heap .NET holds
/// (live objects and fragmentation at the last collection) and what the GC has committed. Read when rendered.
/// </summary>
public static class ProcessMemory
{
    public static MemoryFigures Read()
    {
        using var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        return new MemoryFigures(process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false), gc.HeapSizeBytes, gc.TotalCommittedBytes);
    }

    public static void RenderPrometheus(StringBuilder text)
    {
        var memory = Read();
        Gauge(text, "process_working_set_bytes", "Resident memory of the process.", memory.WorkingSetBytes);
        Gauge(text, "dotnet_gc_allocated_bytes", "Bytes the managed heap holds now (allocated since the last collection included).", memory.ManagedBytes);
        Gauge(text, "dotnet_gc_heap_size_bytes", "Managed heap size at the last collection, fragmentation included.", memory.HeapSizeBytes);
        Gauge(text, "dotnet_gc_committed_bytes", "Memory the garbage collector has committed.", memory.CommittedBytes);
    }

    private static void Gauge(StringBuilder text, string name, string help, long value) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}\n");
}

public sealed record MemoryFigures(long WorkingSetBytes, long ManagedBytes, long HeapSizeBytes, long CommittedBytes);
