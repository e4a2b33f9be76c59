using System.Data.Common;
using System.Globalization;

namespace Watchdog.Bench.Soak;

/// <summary>Counts read straight from the store (SQLite file or PostgreSQL), whatever the processes are doing.</summary>
public sealed class SoakProbe(Func<DbConnection> connect)
{
    public async Task<StoreCounts> ReadAsync()
    {
        try
        {
            await using var connection = connect();
            await connection.OpenAsync();
            return new StoreCounts(
                await ScalarAsync(connection, "SELECT COUNT(*) FROM articles"),
                await ScalarAsync(connection, "SELECT COUNT(DISTINCT canonical_url) FROM articles"),
                await ScalarAsync(connection, "SELECT COUNT(*) FROM articles WHERE NOT indexed"),
                await ScalarAsync(connection, "SELECT COUNT(*) FROM work_items WHERE state IN ('pending', 'leased')"),
                await ScalarAsync(connection, "SELECT COUNT(*) FROM work_items WHERE state = 'quarantined'"));
        }
        catch (DbException)
        {
            return new StoreCounts(0, 0, 0, 0, 0); // schema not created yet by the first process
        }
    }

    public static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}

public sealed record StoreCounts(long Articles, long DistinctUrls, long Unindexed, long UnfinishedWork, long Quarantined);
