using System.Data.Common;
using Watchdog.Storage.Sql;

namespace Watchdog.Storage.Postgres;

/// <summary>PostgreSQL keeps times as timestamptz (Npgsql wants them in UTC) and lists as text[].</summary>
public sealed class PostgresValues : ISqlValues
{
    public static PostgresValues Instance { get; } = new();

    public object? Time(DateTimeOffset? time) => time?.ToUniversalTime();

    public object List(IReadOnlyList<string> list) => list.ToArray();

    public DateTimeOffset? ReadTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public IReadOnlyList<string> ReadList(DbDataReader reader, int ordinal) => reader.GetFieldValue<string[]>(ordinal);
}
