using System.Data.Common;
using System.Text.Json;
using Watchdog.Storage.Sql;

namespace Watchdog.Storage.Sqlite;

/// <summary>SQLite has no time or array types: times are Unix milliseconds (UTC), lists JSON arrays.</summary>
public sealed class SqliteValues : ISqlValues
{
    public static SqliteValues Instance { get; } = new();

    public object? Time(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();

    public object List(IReadOnlyList<string> list) => JsonSerializer.Serialize(list);

    public DateTimeOffset? ReadTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public IReadOnlyList<string> ReadList(DbDataReader reader, int ordinal) =>
        JsonSerializer.Deserialize<string[]>(reader.GetString(ordinal)) ?? [];
}
