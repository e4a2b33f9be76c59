using System.Globalization;

namespace Watchdog.Bench.IngestReal;

/// <summary>CPU time and memory of another process, read from Linux's /proc (0 when the process is gone).</summary>
public static class ProcFigures
{
    /// <summary>Clock ticks per second of /proc/&lt;pid&gt;/stat (USER_HZ, 100 on every Linux this runs on).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>User and system CPU seconds the process has used.</summary>
    public static double CpuSeconds(int pid) => ((StatField(pid, 11) ?? 0) + (StatField(pid, 12) ?? 0)) / TicksPerSecond;

    /// <summary>User and system CPU seconds of the process's children that have exited and been waited for.</summary>
    public static double ExitedChildrenCpuSeconds(int pid) => ((StatField(pid, 13) ?? 0) + (StatField(pid, 14) ?? 0)) / TicksPerSecond;

    /// <summary>
    /// A numeric field of /proc/&lt;pid&gt;/stat counted from the state (0 = state, 1 = ppid, 11 = utime, 12 = stime,
    /// 13 = cutime, 14 = cstime): after the command name, which may hold spaces, so the line is cut after its ")".
    /// </summary>
    public static long? StatField(int pid, int index)
    {
        var stat = ReadOrEmpty($"/proc/{pid}/stat");
        if (stat.Length == 0) return null;
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return index < fields.Length && long.TryParse(fields[index], CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>Resident set (working set) now, in MB.</summary>
    public static double ResidentMb(int pid) => StatusKb(pid, "VmRSS:") / 1024.0;

    /// <summary>The resident set's anonymous memory (heaps, stacks, code the JIT wrote) in MB: what the process itself allocated.</summary>
    public static double AnonymousMb(int pid) => StatusKb(pid, "RssAnon:") / 1024.0;

    /// <summary>The resident set's file-backed pages in MB: assemblies, native libraries and memory-mapped files (Lucene's segments).</summary>
    public static double FileBackedMb(int pid) => StatusKb(pid, "RssFile:") / 1024.0;

    /// <summary>Peak resident set since the process started, in MB.</summary>
    public static double PeakResidentMb(int pid) => StatusKb(pid, "VmHWM:") / 1024.0;

    /// <summary>Threads the process has now.</summary>
    public static int Threads(int pid) => (int)StatusKb(pid, "Threads:");

    /// <summary>The three load averages and the runnable/total task counts, as /proc/loadavg gives them.</summary>
    public static string LoadAverage() => ReadOrEmpty("/proc/loadavg").Trim();

    /// <summary>The one-minute load average.</summary>
    public static double LoadAverageOneMinute() =>
        double.TryParse(LoadAverage().Split(' ')[0], CultureInfo.InvariantCulture, out var load) ? load : 0;

    /// <summary>A field of /proc/&lt;pid&gt;/status: kB for memory fields, a plain count for others.</summary>
    private static long StatusKb(int pid, string field)
    {
        var line = ReadOrEmpty($"/proc/{pid}/status").Split('\n').FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
