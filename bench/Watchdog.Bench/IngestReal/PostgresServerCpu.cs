using System.Globalization;
using Npgsql;

namespace Watchdog.Bench.IngestReal;

/// <summary>
/// CPU time of one PostgreSQL server: its postmaster, its live backends, and (through the postmaster's "children"
/// counters) the backends that have exited. Found from the server's data directory, so other servers on the machine
/// (other people's tests) are not counted.
/// </summary>
public sealed class PostgresServerCpu(int postmasterPid)
{
    public static async Task<PostgresServerCpu?> FindAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('data_directory')", connection);
        var dataDirectory = (string)(await command.ExecuteScalarAsync())!;
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        return int.TryParse((await File.ReadAllLinesAsync(pidFile))[0], CultureInfo.InvariantCulture, out var pid) ? new PostgresServerCpu(pid) : null;
    }

    public double CpuSeconds()
    {
        var children = Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && ParentOf(pid) == postmasterPid);
        return ProcFigures.CpuSeconds(postmasterPid) + ProcFigures.ExitedChildrenCpuSeconds(postmasterPid) + children.Sum(ProcFigures.CpuSeconds);
    }

    private static int ParentOf(int pid) => ProcFigures.StatField(pid, 1) is { } parent ? (int)parent : 0;
}
