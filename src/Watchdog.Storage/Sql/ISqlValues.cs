using System.Data.Common;

namespace Watchdog.Storage.Sql;

/// <summary>
/// How a backend keeps the values its SQL types differ on (times, string lists), so both backends share one row
/// mapping per aggregate: SQLite uses Unix milliseconds and JSON, PostgreSQL timestamptz and text[].
/// </summary>
public interface ISqlValues
{
    object? Time(DateTimeOffset? time);
    object List(IReadOnlyList<string> list);
    DateTimeOffset? ReadTime(DbDataReader reader, int ordinal);
    IReadOnlyList<string> ReadList(DbDataReader reader, int ordinal);
}
