using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
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

    private EmbeddedStore(string dataFolder, SqliteDatabase database, SqlWatchStore watch, LuceneSearchIndex index)
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
        Watch = watch;
        Reconciler = new EmbeddedIndexReconciler(Articles, index);
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
    public EmbeddedIndexReconciler Reconciler { get; }

    /// <summary>Opens the store in <paramref name="dataFolder"/>, creating it and bringing the schema up to date.</summary>
    /// <param name="clock">Time used for leases and timestamps; the system clock when null.</param>
    public static Task<EmbeddedStore> OpenAsync(string dataFolder, TimeProvider? clock = null, CancellationToken ct = default) =>
        OpenAsync(dataFolder, clock, logger: null, ct);

    /// <inheritdoc cref="OpenAsync(string, TimeProvider?, CancellationToken)"/>
    /// <param name="logger">Told when the search index was built with other analysis and is rebuilt.</param>
    public static Task<EmbeddedStore> OpenAsync(string dataFolder, TimeProvider? clock, ILogger? logger, CancellationToken ct) =>
        OpenAsync(dataFolder, clock, logger, IndexAccess.WriteIfFree, ct);

    /// <inheritdoc cref="OpenAsync(string, TimeProvider?, ILogger?, CancellationToken)"/>
    /// <param name="access">
    /// Whether this process writes the search index. <see cref="IndexAccess.Write"/> is the service: it waits for the
    /// index's write lock (see <see cref="LuceneSearchIndex"/>), and once it holds it, no other process can be working
    /// the queue of this folder, so it takes back every lease a killed run left (they would otherwise wait to expire).
    /// </param>
    /// <exception cref="IndexWriterBusyException">Write access was asked and another process kept the index.</exception>
    public static async Task<EmbeddedStore> OpenAsync(string dataFolder, TimeProvider? clock, ILogger? logger, IndexAccess access, CancellationToken ct)
    {
        var folder = Path.GetFullPath(dataFolder);
        Directory.CreateDirectory(folder);
        logger ??= NullLogger.Instance;
        var database = await SqliteDatabase.OpenAsync(Path.Combine(folder, DatabaseFileName), clock, ct);
        LuceneSearchIndex? index = null;
        try
        {
            var watch = new SqlWatchStore(database);
            index = new LuceneSearchIndex(Path.Combine(folder, IndexFolderName), watch, access, logger, clock);
            var store = new EmbeddedStore(folder, database, watch, index);
            await RebuildOutdatedIndexAsync(store, logger, ct);
            if (access == IndexAccess.Write) await ReclaimLeasesAsync(store, logger, ct);
            return store;
        }
        catch
        {
            index?.Dispose();
            database.Dispose();
            throw;
        }
    }

    /// <summary>Synchronous form of <see cref="OpenAsync(string, TimeProvider?, CancellationToken)"/> for start-up code that cannot await.</summary>
    public static EmbeddedStore Open(string dataFolder, TimeProvider? clock = null) =>
#pragma warning disable CA2000 // returned to the caller, who owns it
        OpenAsync(dataFolder, clock).GetAwaiter().GetResult();
#pragma warning restore CA2000

    /// <summary>
    /// An index built with other analysis holds keys that today's queries do not produce. Every article is marked
    /// unindexed first, then the index is emptied, so the indexer rebuilds it in the background whatever happens between.
    /// </summary>
    private static async Task RebuildOutdatedIndexAsync(EmbeddedStore store, ILogger logger, CancellationToken ct)
    {
        if (store.Search.OutdatedBy is not { } outdatedBy) return;
        var marked = await store.Articles.MarkAllUnindexedAsync(ct);
        store.Search.ClearForRebuild();
        logger.LogWarning(
            "The search index in {Folder} was built with {OutdatedBy}; cleared it and marked {Count} articles to be indexed again in the background",
            Path.Combine(store.DataFolder, IndexFolderName), outdatedBy, marked);
    }

    private static async Task ReclaimLeasesAsync(EmbeddedStore store, ILogger logger, CancellationToken ct)
    {
        var reclaimed = await store.Queue.ReleaseAllLeasesAsync(ct);
        if (reclaimed > 0)
            logger.LogWarning("Took back {Count} work items leased by an earlier run of this data folder that did not finish them", reclaimed);
    }

    public void Dispose()
    {
        Search.Dispose();
        Database.Dispose();
    }
}
