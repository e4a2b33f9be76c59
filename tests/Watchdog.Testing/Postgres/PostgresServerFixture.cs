using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace Watchdog.Testing.Postgres;

/// <summary>
/// A real PostgreSQL server for the tests: the one named by <c>WATCHDOG_TEST_PG</c> (a connection string allowed to
/// create databases), or else a throwaway cluster initdb'd in a temp folder and started on a free loopback port,
/// stopped and deleted at the end. Missing server binaries fail the tests with a message saying what to install.
/// A benchmark may keep its cluster in a folder instead (<see cref="Kept"/>): started again on the next run, stopped
/// cleanly and left there at the end, its databases named after the class that uses them.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public const string ConnectionVariable = "WATCHDOG_TEST_PG";
    private const string ServerUser = "postgres";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string? _keptFolder;
    private string? _clusterFolder;
    private string? _binFolder;
    private string _adminConnectionString = "";
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _databases = new();

    public PostgresServerFixture()
    {
    }

    private PostgresServerFixture(string keptFolder) => _keptFolder = Path.GetFullPath(keptFolder);

    /// <summary>A cluster kept in <paramref name="folder"/> (created there on first use) rather than thrown away.</summary>
    public static PostgresServerFixture Kept(string folder) => new(folder);

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(ConnectionVariable);
        // A kept cluster is always this machine's own: a server named by the variable is not where its folder is.
        if (_keptFolder is null && !string.IsNullOrWhiteSpace(external))
        {
            _adminConnectionString = external;
            return;
        }
        _binFolder = FindServerBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries were not found (/usr/lib/postgresql/*/bin/initdb). Install them with " +
            $"`apt-get install postgresql` (test.sh does), or set {ConnectionVariable} to a connection string of a server " +
            "where the tests may create databases.");
        _clusterFolder = _keptFolder ?? TestPaths.NewTempFolder("watchdog-pg");
        Directory.CreateDirectory(_clusterFolder);
        var data = Path.Combine(_clusterFolder, "data");
        if (IsRoot) await RunAsync("chown", [$"{ServerUser}:", _clusterFolder], asServerUser: false);
        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            await RunAsync(Path.Combine(_binFolder, "initdb"),
                ["-D", data, "-U", ServerUser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"], asServerUser: IsRoot);
        }
        var port = FreeLoopbackPort();
        // Durability settings off: a test cluster is thrown away, and fsync per commit would only slow the tests.
        var options = $"-p {port} -k {_clusterFolder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        await RunAsync(Path.Combine(_binFolder, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(_clusterFolder, "server.log"), "-w", "-t", ((int)StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-o", options, "start"],
            asServerUser: IsRoot);
        _adminConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = ServerUser, Database = "postgres", Pooling = false,
        }.ConnectionString;
    }

    /// <returns>
    /// The connection string of the database of <paramref name="testClass"/>, created on first use; tests of one
    /// class share it and empty it first (see <see cref="EmptyAsync"/>), which is much cheaper than a database each.
    /// </returns>
    public Task<string> DatabaseForAsync(Type testClass) =>
        _databases.GetOrAdd(testClass.Name, name => new Lazy<Task<string>>(() => _keptFolder is null ? CreateDatabaseAsync() : KeptDatabaseAsync(name))).Value;

    /// <summary>
    /// Deletes every row of every table but the migration history, and restarts identities. Triggers are off for this
    /// session (the test server's superuser may), since the audit log refuses TRUNCATE by trigger.
    /// </summary>
    public static async Task EmptyAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SET session_replication_role = replica;
            DO $$
            DECLARE tables text;
            BEGIN
                SELECT string_agg(format('%I', tablename), ', ') INTO tables
                FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations';
                IF tables IS NOT NULL THEN EXECUTE 'TRUNCATE ' || tables || ' RESTART IDENTITY CASCADE'; END IF;
            END $$;
            SET session_replication_role = DEFAULT;
            """, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_clusterFolder is null || _binFolder is null)
        {
            // A server the tests did not start: leave it as found.
            foreach (var database in _databases.Values) await ExecuteAdminAsync($"DROP DATABASE IF EXISTS \"{await DatabaseNameAsync(database.Value)}\" WITH (FORCE)");
            return;
        }
        // A kept cluster is shut down cleanly (fsync is off: only a clean stop leaves it whole on disk).
        await RunAsync(Path.Combine(_binFolder, "pg_ctl"),
            ["-D", Path.Combine(_clusterFolder, "data"), "-m", _keptFolder is null ? "immediate" : "fast", "-t", "600", "-w", "stop"], asServerUser: IsRoot);
        if (_keptFolder is null) Directory.Delete(_clusterFolder, recursive: true);
    }

    private async Task<string> CreateDatabaseAsync()
    {
        var name = $"watchdog_test_{Guid.NewGuid():N}";
        await ExecuteAdminAsync($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>A kept cluster's database of a class: created on its first run, found again on the next.</summary>
    private async Task<string> KeptDatabaseAsync(string testClass)
    {
        var name = $"watchdog_{testClass.ToLowerInvariant()}";
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if ((long)(await exists.ExecuteScalarAsync())! == 0) await ExecuteAdminAsync($"CREATE DATABASE \"{name}\"");
        }
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    private static async Task<string> DatabaseNameAsync(Task<string> connectionString) =>
        new NpgsqlConnectionStringBuilder(await connectionString).Database!;

    private static bool IsRoot => Environment.UserName == "root";

    private async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string? FindServerBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>initdb and pg_ctl refuse to run as root, so as root they run as the postgres OS user.</summary>
    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asServerUser)
    {
        var start = new ProcessStartInfo(asServerUser ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asServerUser)
        {
            foreach (var a in (string[])["-u", ServerUser, "--", program]) start.ArgumentList.Add(a);
        }
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout + TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed with exit code {process.ExitCode}: {await error}{await output}");
    }
}
