using Watchdog.Pipeline.Metrics;

namespace Watchdog.Bench.Matching;

/// <summary>
/// CPU time of the calling thread in seconds (<see cref="ThreadCpuTime"/>): what "articles per second on one core"
/// means on a shared machine. Falls back to wall-clock time where thread CPU time is not available.
/// </summary>
internal static class ThreadCpuClock
{
    public static bool IsThreadCpuTime => ThreadCpuTime.IsThreadCpuTime;

    /// <summary>Seconds, from an arbitrary origin.</summary>
    public static double Now() => ThreadCpuTime.NowNanoseconds() / 1e9;
}
