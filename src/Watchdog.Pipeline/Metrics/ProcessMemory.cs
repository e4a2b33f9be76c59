using System.Diagnostics;
using System.Globalization;
using System.Text;
using Watchdog.Storage.Sqlite;

namespace Watchdog.Pipeline.Metrics;

/// <summary>
/// Where the process's memory is, as gauges: the working set the operating system counts, the managed heap .NET holds
/// (live objects and fragmentation at the last collection) and what the GC has committed; with the large-object heap
/// and the collections of each generation, to tell garbage kept for want of a full collection from a live heap that grows.
/// Read when rendered.
/// </summary>
public static class ProcessMemory
{
    public static MemoryFigures Read()
    {
        using var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        return new MemoryFigures(process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false), gc.HeapSizeBytes, gc.TotalCommittedBytes)
        {
            LargeObjectHeapBytes = gc.GenerationInfo.Length > LargeObjectGeneration ? gc.GenerationInfo[LargeObjectGeneration].SizeAfterBytes : 0,
            FragmentedBytes = gc.FragmentedBytes,
            Collections = [.. Enumerable.Range(0, GC.MaxGeneration + 1).Select(GC.CollectionCount)],
            SqliteBytes = SqliteMemory.UsedBytes(),
        };
    }

    /// <summary>Index of the large-object heap in <see cref="GCMemoryInfo.GenerationInfo"/> (after gen0, gen1, gen2).</summary>
    private const int LargeObjectGeneration = 3;

    public static void RenderPrometheus(StringBuilder text)
    {
        var memory = Read();
        Gauge(text, "process_working_set_bytes", "Resident memory of the process.", memory.WorkingSetBytes);
        Gauge(text, "dotnet_gc_allocated_bytes", "Bytes the managed heap holds now (allocated since the last collection included).", memory.ManagedBytes);
        Gauge(text, "dotnet_gc_heap_size_bytes", "Managed heap size at the last collection, fragmentation included.", memory.HeapSizeBytes);
        Gauge(text, "dotnet_gc_committed_bytes", "Memory the garbage collector has committed.", memory.CommittedBytes);
        Gauge(text, "dotnet_gc_large_object_heap_bytes", "Large-object heap (objects of 85,000 bytes or more) after the last collection.", memory.LargeObjectHeapBytes);
        Gauge(text, "dotnet_gc_fragmented_bytes", "Free space inside the managed heap at the last collection.", memory.FragmentedBytes);
        Gauge(text, "watchdog_sqlite_memory_bytes", "Native memory SQLite holds (page caches of the open connections, prepared statements).", memory.SqliteBytes);
    }

    private static void Gauge(StringBuilder text, string name, string help, long value) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}\n");
}

public sealed record MemoryFigures(long WorkingSetBytes, long ManagedBytes, long HeapSizeBytes, long CommittedBytes)
{
    public long LargeObjectHeapBytes { get; init; }
    public long FragmentedBytes { get; init; }
    public long SqliteBytes { get; init; }

    /// <summary>
    /// Collections of generation 0, 1 and 2 (a gen2 count includes the lower ones it collected with it), for the bench's
    /// samples; /metrics gives them as counters with the rest of the runtime's work (<see cref="RuntimeWork"/>).
    /// </summary>
    public IReadOnlyList<int> Collections { get; init; } = [];
}
