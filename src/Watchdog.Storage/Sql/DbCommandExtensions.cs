using System.Data.Common;
using System.Globalization;

namespace Watchdog.Storage.Sql;

/// <summary>Short forms for running plain SQL with named parameters (<c>@name</c>) over any ADO.NET provider; null becomes SQL NULL.</summary>
public static class DbCommandExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Bind(command, tx, parameters);
        return command;
    }

    private static void Bind(DbCommand command, DbTransaction? tx, (string Name, object? Value)[] parameters)
    {
        command.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }

    /// <summary>Runs <paramref name="run"/> on the connection's prepared command for <paramref name="sql"/> (see <see cref="PreparedCommands"/>), or on a new one.</summary>
    private static async Task<T> WithCommandAsync<T>(
        DbConnection connection, string sql, DbTransaction? tx, (string Name, object? Value)[] parameters, Func<DbCommand, Task<T>> run)
    {
#pragma warning disable CA2000 // the cache owns a rented command: Return keeps it for the next run or disposes it
        if (PreparedCommands.TryRent(connection, sql) is { } prepared)
#pragma warning restore CA2000
        {
            try
            {
                Bind(prepared, tx, parameters);
                return await run(prepared);
            }
            finally
            {
                PreparedCommands.Return(connection, prepared);
            }
        }
        await using var command = connection.Command(sql, tx, parameters);
        return await run(command);
    }

    public static Task<int> ExecuteAsync(this DbConnection connection, string sql, DbTransaction? tx, CancellationToken ct, params (string Name, object? Value)[] parameters)
        => WithCommandAsync(connection, sql, tx, parameters, command => command.ExecuteNonQueryAsync(ct));

    public static async Task<T?> ScalarAsync<T>(this DbConnection connection, string sql, DbTransaction? tx, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var value = await WithCommandAsync(connection, sql, tx, parameters, command => command.ExecuteScalarAsync(ct));
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    public static Task<List<T>> QueryAsync<T>(this DbConnection connection, string sql, DbTransaction? tx, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
        => WithCommandAsync(connection, sql, tx, parameters, async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            var rows = new List<T>();
            while (await reader.ReadAsync(ct)) rows.Add(map(reader));
            return rows;
        });

    public static async Task<T?> QuerySingleAsync<T>(this DbConnection connection, string sql, DbTransaction? tx, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
        where T : class
    {
        var rows = await connection.QueryAsync(sql, tx, map, ct, parameters);
        return rows.Count == 0 ? null : rows[0];
    }
}
