using System.Globalization;
using System.Text;
using Watchdog.Pipeline.Metrics;

namespace Watchdog.EndToEnd.Tests.Pipeline.Metrics;

/// <summary>The runtime's counters in /metrics move with what the process does.</summary>
public class RuntimeWorkTests
{
    private const string Allocated = "dotnet_gc_allocated_bytes_total";
    private const string Gen0 = "dotnet_gc_collections_total{generation=\"0\"}";

    [Fact]
    public void Allocations_and_collections_are_counted()
    {
        var before = Samples();
        GC.KeepAlive(new byte[4 << 20]);
        GC.Collect(0);
        var after = Samples();

        // The counter is read without a full count of the threads' allocation buffers (cheap, a few KB off either way).
        Assert.True(after[Allocated] >= before[Allocated] + (2 << 20), $"{before[Allocated]} → {after[Allocated]}");
        Assert.True(after[Gen0] > before[Gen0]);
        Assert.True(after["dotnet_gc_pause_seconds_total"] >= before["dotnet_gc_pause_seconds_total"]);
        Assert.True(after["dotnet_jit_compilation_seconds_total"] > 0);
    }

    private static Dictionary<string, double> Samples()
    {
        var text = new StringBuilder();
        RuntimeWork.RenderPrometheus(text);
        return text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .ToDictionary(line => line[..line.LastIndexOf(' ')], line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }
}
