using Watchdog.Storage.Raw;
using Watchdog.Storage.Search;
using Watchdog.Storage.Sql.Stores;
using Watchdog.Storage.Sql.Watching;
using Watchdog.Storage.Sqlite;

namespace Watchdog.Storage;

/// <summary>
/// The embedded default: everything in one data folder — <c>watchdog.db</c> (SQLite), <c>raw/</c> (gzip bodies) and
/// <c>index/</c> (Lucene). Disposing closes them all.
/// </summary>
public sealed class EmbeddedStore : IDisposable
{
    public const string DatabaseFileName = "watchdog.db";
    public const string RawFolderName = "raw";
    public const string IndexFolderName = "index";

    private EmbeddedStore(string dataFolder, SqliteDatabase database, LuceneSearchIndex index)
    {
        DataFolder = dataFolder;
        Database = database;
        Sources = new SqlSourceStore(database);
        Articles = new SqlArticleStore(database);
        UrlStates = new SqlUrlStateStore(database);
        FetchLog = new SqlFetchLog(database);
        Queue = new SqliteWorkQueue(database);
        Raw = new FileRawStore(Path.Combine(dataFolder, RawFolderName), database);
        Search = index;
        Watch = new SqlWatchStore(database);
    }

    public string DataFolder { get; }
    public SqliteDatabase Database { get; }
    public SqlSourceStore Sources { get; }
    public SqlArticleStore Articles { get; }
    public SqlUrlStateStore UrlStates { get; }
    public SqlFetchLog FetchLog { get; }
    public SqliteWorkQueue Queue { get; }
    public FileRawStore Raw { get; }
    public LuceneSearchIndex Search { get; }
    public SqlWatchStore Watch { get; }

    /// <summary>Opens the store in <paramref name="dataFolder"/>, creating it and bringing the schema up to date.</summary>
    /// <param name="clock">Time used for leases and timestamps; the system clock when null.</param>
    public static async Task<EmbeddedStore> OpenAsync(string dataFolder, TimeProvider? clock = null, CancellationToken ct = default)
    {
        var folder = Path.GetFullPath(dataFolder);
        Directory.CreateDirectory(folder);
        var database = await SqliteDatabase.OpenAsync(Path.Combine(folder, DatabaseFileName), clock, ct);
        try
        {
            return new EmbeddedStore(folder, database, new LuceneSearchIndex(Path.Combine(folder, IndexFolderName)));
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>Synchronous form of <see cref="OpenAsync"/> for start-up code that cannot await.</summary>
    public static EmbeddedStore Open(string dataFolder, TimeProvider? clock = null) =>
        OpenAsync(dataFolder, clock).GetAwaiter().GetResult();

    public void Dispose()
    {
        Search.Dispose();
        Database.Dispose();
    }
}
