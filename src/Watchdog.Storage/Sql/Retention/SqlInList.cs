using System.Globalization;

namespace Watchdog.Storage.Sql.Retention;

/// <summary>
/// An <c>IN (@p0, @p1, …)</c> list with one parameter per value: the one form both SQLite and PostgreSQL accept for a
/// list of values. Callers keep lists to a few hundred values.
/// </summary>
public sealed record SqlInList(string Sql, (string Name, object? Value)[] Parameters)
{
    public static SqlInList Of<T>(string name, IReadOnlyCollection<T> values)
    {
        if (values.Count == 0) throw new ArgumentException("An IN list needs at least one value.", nameof(values));
        var parameters = values.Select((value, i) => ($"@{name}{i.ToString(CultureInfo.InvariantCulture)}", (object?)value)).ToArray();
        return new SqlInList($"({string.Join(", ", parameters.Select(p => p.Item1))})", parameters);
    }
}
