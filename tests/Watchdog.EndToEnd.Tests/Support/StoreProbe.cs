using Microsoft.Data.Sqlite;
using Watchdog.Storage;

namespace Watchdog.EndToEnd.Tests.Support;

/// <summary>
/// Reads the embedded database of a running watchdog process directly, read-only, so a test can watch its progress
/// without opening the search index that the process holds.
/// </summary>
public sealed class StoreProbe(string dataFolder)
{
    private string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataFolder, EmbeddedStore.DatabaseFileName),
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();

    public long Scalar(string sql)
    {
        if (!File.Exists(Path.Combine(dataFolder, EmbeddedStore.DatabaseFileName))) return 0;
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // schema not created yet by the starting process
        }
    }

    public long Articles => Scalar("SELECT COUNT(*) FROM articles");

    public long DistinctArticleUrls => Scalar("SELECT COUNT(DISTINCT canonical_url) FROM articles");

    public long DistinctArticleTexts => Scalar("SELECT COUNT(DISTINCT content_hash) FROM articles");

    public long UnfinishedWork => Scalar("SELECT COUNT(*) FROM work_items WHERE state IN ('pending', 'leased')");

    public long QuarantinedWork => Scalar("SELECT COUNT(*) FROM work_items WHERE state = 'quarantined'");

    public long Unindexed => Scalar("SELECT COUNT(*) FROM articles WHERE indexed = 0");
}
