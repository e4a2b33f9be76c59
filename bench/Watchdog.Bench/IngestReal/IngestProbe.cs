using System.Data.Common;
using Watchdog.Bench.Soak;

namespace Watchdog.Bench.IngestReal;

/// <summary>How far an ingest has come, read straight from the store (SQLite file or PostgreSQL).</summary>
public sealed class IngestProbe(Func<DbConnection> connect)
{
    public async Task<IngestCounts> ReadAsync()
    {
        try
        {
            await using var connection = connect();
            await connection.OpenAsync();
            return new IngestCounts(
                await SoakProbe.ScalarAsync(connection, "SELECT COUNT(*) FROM articles"),
                await SoakProbe.ScalarAsync(connection, "SELECT COUNT(*) FROM work_items WHERE kind = 'fetch-article' AND state IN ('done', 'quarantined')"),
                await SoakProbe.ScalarAsync(connection, "SELECT COUNT(*) FROM work_items WHERE state IN ('pending', 'leased')"),
                await SoakProbe.ScalarAsync(connection, "SELECT COUNT(*) FROM articles WHERE NOT indexed"),
                await SoakProbe.ScalarAsync(connection, "SELECT COUNT(*) FROM article_stories"),
                await SoakProbe.ScalarAsync(connection, "SELECT COUNT(*) FROM work_items WHERE state = 'quarantined'"));
        }
        catch (DbException)
        {
            return new IngestCounts(0, 0, 0, 0, 0, 0); // schema not created yet by the first process
        }
    }
}

/// <param name="FetchesFinished">Page fetches settled (done or quarantined): every page listed has been handled once this reaches the total.</param>
/// <param name="Unfinished">Work items pending or leased (fetches and watch items alike).</param>
public sealed record IngestCounts(long Articles, long FetchesFinished, long Unfinished, long Unindexed, long Storied, long Quarantined)
{
    /// <summary>Every page handled, every article indexed, matched and given its story.</summary>
    public bool IsComplete(int pages) => FetchesFinished >= pages && Unfinished == 0 && Unindexed == 0 && Storied >= Articles && Articles > 0;
}
