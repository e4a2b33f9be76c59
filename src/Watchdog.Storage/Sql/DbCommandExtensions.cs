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
        command.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static async Task<int> ExecuteAsync(this DbConnection connection, string sql, DbTransaction? tx, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, tx, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<T?> ScalarAsync<T>(this DbConnection connection, string sql, DbTransaction? tx, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, tx, parameters);
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    public static async Task<List<T>> QueryAsync<T>(this DbConnection connection, string sql, DbTransaction? tx, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, tx, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(map(reader));
        return rows;
    }

    public static async Task<T?> QuerySingleAsync<T>(this DbConnection connection, string sql, DbTransaction? tx, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
        where T : class
    {
        var rows = await connection.QueryAsync(sql, tx, map, ct, parameters);
        return rows.Count == 0 ? null : rows[0];
    }
}
