using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Watchdog.Bench.Matching;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID). On a shared machine wall-clock time counts the
/// time other processes held the core; thread CPU time is what "articles per second on one core" means.
/// Falls back to wall-clock time elsewhere.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport rather than LibraryImport: the generated marshalling needs unsafe code, which the bench project does not allow.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    public static bool IsThreadCpuTime { get; } = OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out _) == 0;

    /// <summary>Seconds, from an arbitrary origin.</summary>
    public static double Now()
    {
        if (!IsThreadCpuTime) return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
        if (ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed after it had worked");
        return time.Seconds + time.Nanoseconds / 1e9;
    }
}
