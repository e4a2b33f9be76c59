using System.Data.Common;
using System.Globalization;

namespace Watchdog.Storage.Sql;

/// <summary>Reading columns by name, for the row mappers of both SQL backends.</summary>
public static class DataReaderExtensions
{
    public static string Text(this DbDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    public static string? NullableText(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static long Int64(this DbDataReader reader, string column) => Convert.ToInt64(reader.GetValue(reader.GetOrdinal(column)), CultureInfo.InvariantCulture);

    public static int Int32(this DbDataReader reader, string column) => Convert.ToInt32(reader.GetValue(reader.GetOrdinal(column)), CultureInfo.InvariantCulture);

    public static TEnum Enum<TEnum>(this DbDataReader reader, string column) where TEnum : struct, Enum =>
        System.Enum.Parse<TEnum>(reader.Text(column));

    public static DateTimeOffset Time(this DbDataReader reader, string column, ISqlValues values) =>
        values.ReadTime(reader, reader.GetOrdinal(column)) ?? throw new InvalidOperationException($"Column {column} is NULL.");

    public static DateTimeOffset? NullableTime(this DbDataReader reader, string column, ISqlValues values) =>
        values.ReadTime(reader, reader.GetOrdinal(column));

    public static IReadOnlyList<string> List(this DbDataReader reader, string column, ISqlValues values) =>
        values.ReadList(reader, reader.GetOrdinal(column));
}
