using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Watchdog.Pipeline.Metrics;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID), in nanoseconds from an arbitrary origin. On a shared
/// machine wall-clock time also counts the time other processes held the core; thread CPU time does not.
/// Elsewhere it falls back to wall-clock time (<see cref="IsThreadCpuTime"/> says which).
/// </summary>
public static class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport rather than LibraryImport: the generated marshalling needs unsafe code, which these projects do not allow.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    public static bool IsThreadCpuTime { get; } = OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out _) == 0;

    public static long NowNanoseconds()
    {
        // The wall clock when the thread's CPU clock is missing, or fails after it worked (never seen; a metric that is
        // briefly off is better than a stage that throws).
        if (!IsThreadCpuTime || ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
        {
            return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
        }
        return time.Seconds * 1_000_000_000 + time.Nanoseconds;
    }
}
