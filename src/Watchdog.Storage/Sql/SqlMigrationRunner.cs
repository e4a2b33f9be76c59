using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Watchdog.Storage.Sql;

/// <summary>
/// Applies an ordered list of SQL migrations, each in its own transaction, recording applied versions in
/// <c>schema_migrations</c>. Works over any ADO.NET provider, so SQLite and PostgreSQL share it.
/// </summary>
public static class SqlMigrationRunner
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)";

    /// <summary>Reads every embedded resource whose logical name starts with <paramref name="resourcePrefix"/> and ends in .sql, in name order.</summary>
    public static IReadOnlyList<SqlMigration> LoadEmbedded(Assembly assembly, string resourcePrefix)
    {
        var migrations = new List<SqlMigration>();
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded migration {name} cannot be read.");
            using var reader = new StreamReader(stream);
            var version = Path.GetFileNameWithoutExtension(name[resourcePrefix.Length..]);
            migrations.Add(new SqlMigration(version, reader.ReadToEnd()));
        }
        return migrations;
    }

    /// <param name="lockStatement">
    /// Run first inside each migration's transaction so that two processes starting together apply a step once
    /// (PostgreSQL needs an advisory lock; SQLite's BEGIN IMMEDIATE already serialises writers, so null).
    /// </param>
    /// <returns>The versions applied by this call, in order.</returns>
    public static async Task<IReadOnlyList<string>> ApplyAsync(
        DbConnection connection, IReadOnlyList<SqlMigration> migrations, string? lockStatement, CancellationToken ct)
    {
        if (!await VersionTableExistsAsync(connection, ct)) await ExecuteAsync(connection, null, CreateVersionTable, ct);
        var applied = new List<string>();
        foreach (var migration in migrations.OrderBy(m => m.Version, StringComparer.Ordinal))
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            if (lockStatement is not null) await ExecuteAsync(connection, tx, lockStatement, ct);
            if (await IsAppliedAsync(connection, tx, migration.Version, ct))
            {
                await tx.RollbackAsync(ct);
                continue;
            }
            await ExecuteAsync(connection, tx, migration.Sql, ct);
            await RecordAsync(connection, tx, migration.Version, ct);
            await tx.CommitAsync(ct);
            applied.Add(migration.Version);
        }
        return applied;
    }

    /// <summary>
    /// Looked up before creating, so an application role that may not create tables (the README's PostgreSQL set-up,
    /// where the owner role migrates) opens an up-to-date database: CREATE … IF NOT EXISTS still needs the right to create.
    /// </summary>
    private static async Task<bool> VersionTableExistsAsync(DbConnection connection, CancellationToken ct)
    {
        try
        {
            await ExecuteAsync(connection, null, "SELECT version FROM schema_migrations WHERE 1 = 0", ct);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    public static async Task<IReadOnlyList<string>> ListAppliedAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_migrations ORDER BY version";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var versions = new List<string>();
        while (await reader.ReadAsync(ct)) versions.Add(reader.GetString(0));
        return versions;
    }

    private static async Task<bool> IsAppliedAsync(DbConnection connection, DbTransaction tx, string version, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE version = @version";
        AddParameter(command, "@version", version);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0;
    }

    private static async Task RecordAsync(DbConnection connection, DbTransaction tx, string version, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @at)";
        AddParameter(command, "@version", version);
        AddParameter(command, "@at", DateTimeOffset.UtcNow.ToString("O"));
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
