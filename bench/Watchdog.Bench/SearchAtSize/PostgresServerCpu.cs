using System.Globalization;

namespace Watchdog.Bench.SearchAtSize;

/// <summary>
/// The CPU time a PostgreSQL server has used: its postmaster's and every child's (backends, background workers), from
/// /proc. A search's cost on the server is the difference across it; the benchmark process's own CPU time does not
/// include it. Background work (autovacuum, checkpoints) in the same interval is counted too.
/// </summary>
internal sealed class PostgresServerCpu
{
    private readonly int _postmaster;

    private PostgresServerCpu(int postmaster) => _postmaster = postmaster;

    /// <returns>The server of the backend with process id <paramref name="backendPid"/>; null off Linux or for a remote server.</returns>
    public static PostgresServerCpu? OfBackend(int backendPid) =>
        ParentOf(backendPid) is { } postmaster && OnCpuNanoseconds(postmaster) is not null ? new PostgresServerCpu(postmaster) : null;

    /// <summary>The server's CPU time so far, in milliseconds (from the scheduler's nanosecond counts).</summary>
    public double TotalMs()
    {
        long nanoseconds = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (pid != _postmaster && ParentOf(pid) != _postmaster) continue;
            nanoseconds += OnCpuNanoseconds(pid) ?? 0;
        }
        return nanoseconds / 1e6;
    }

    /// <summary>From /proc/PID/stat, "pid (comm) state ppid …": the command may hold spaces and parentheses, so fields count from the last ')'.</summary>
    private static int? ParentOf(int pid) =>
        Read($"/proc/{pid}/stat") is { } line ? int.Parse(line[(line.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture) : null;

    /// <summary>The first field of /proc/PID/schedstat: time on a CPU, in nanoseconds (PostgreSQL's processes have one thread).</summary>
    private static long? OnCpuNanoseconds(int pid) =>
        Read($"/proc/{pid}/schedstat") is { } line ? long.Parse(line.Split(' ')[0], CultureInfo.InvariantCulture) : null;

    /// <returns>The file's text; null when the process has gone (or the file is not there).</returns>
    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
