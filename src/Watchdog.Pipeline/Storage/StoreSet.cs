using Microsoft.Extensions.Logging;
using Npgsql;
using Watchdog.Core.Entities;
using Watchdog.Core.Governance;
using Watchdog.Core.Guard;
using Watchdog.Core.Queue;
using Watchdog.Core.Retention;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Core.Stories;
using Watchdog.Core.Watching;
using Watchdog.Pipeline.Configuration;
using Watchdog.Storage;
using Watchdog.Storage.Postgres;
using Watchdog.Storage.Sql.Entities;
using Watchdog.Storage.Search;
using Watchdog.Storage.Sql.Governance;
using Watchdog.Storage.Sql.Guard;
using Watchdog.Storage.Sql.Retention;
using Watchdog.Storage.Sql.Stories;

namespace Watchdog.Pipeline.Storage;

/// <summary>
/// The stores the pipeline works with, opened together from the configured backend. The pipeline only sees the Core
/// interfaces, so the embedded store and PostgreSQL are a configuration choice, not a code path.
/// </summary>
public sealed class StoreSet : IDisposable
{
    private readonly IDisposable _owner;

    public StoreSet(
        ISourceStore sources, IArticleStore articles, IUrlStateStore urlStates, IFetchLog fetchLog, IWorkQueue queue,
        IRawStore raw, ISearchIndex search, IDisposable owner)
    {
        Sources = sources;
        Articles = articles;
        UrlStates = urlStates;
        FetchLog = fetchLog;
        Queue = queue;
        Raw = raw;
        Search = search;
        _owner = owner;
    }

    public ISourceStore Sources { get; }
    public IArticleStore Articles { get; }
    public IUrlStateStore UrlStates { get; }
    public IFetchLog FetchLog { get; }
    public IWorkQueue Queue { get; }
    public IRawStore Raw { get; }
    public ISearchIndex Search { get; }
    /// <summary>Watchlists, standing queries and alerts; null for a backend that does not keep them yet.</summary>
    public IWatchStore? Watch { get; init; }
    /// <summary>The audit log, users and retention; null for a backend that does not keep them yet.</summary>
    public IAuditLog? Audit { get; init; }
    public IUserStore? Users { get; init; }
    public IRetentionStore? Retention { get; init; }
    public IRawRetention? RawRetention { get; init; }
    /// <summary>Confidential-document fingerprints and leak findings; null for a backend that does not keep them yet.</summary>
    public ILeakStore? Leaks { get; init; }
    /// <summary>Named entities per article; null for a backend that does not keep them yet.</summary>
    public IEntityStore? Entities { get; init; }
    /// <summary>
    /// Repairs the embedded search index against the article store; null for PostgreSQL, whose search index is a
    /// column of the article row and cannot disagree with it.
    /// </summary>
    public EmbeddedIndexReconciler? Reconciler { get; init; }
    /// <summary>The embedded search index, for what only it has (who writes it); null for PostgreSQL.</summary>
    public LuceneSearchIndex? EmbeddedIndex { get; init; }
    /// <summary>Sites registered for the site audit and their alerts; null for a backend that does not keep them yet.</summary>
    public IGuardSiteStore? GuardSites { get; init; }
    /// <summary>Each article's story and the stories; null for a backend that does not keep them yet.</summary>
    public IStoryStore? Stories { get; init; }

    public static StoreSet FromEmbedded(EmbeddedStore store) =>
        new(store.Sources, store.Articles, store.UrlStates, store.FetchLog, store.Queue, store.Raw, store.Search, store)
        {
            Watch = store.Watch,
            Audit = new SqlAuditLog(store.Database),
            Users = new SqlUserStore(store.Database),
            Retention = new SqlRetentionStore(store.Database),
            RawRetention = store.Raw,
            Leaks = new SqlLeakStore(store.Database),
            Entities = new SqlEntityStore(store.Database),
            Reconciler = store.Reconciler,
            EmbeddedIndex = store.Search,
            GuardSites = new SqlGuardSiteStore(store.Database),
            Stories = new SqlStoryStore(store.Database),
        };

    /// <exception cref="InvalidOperationException">The configured store cannot be opened; the message says why.</exception>
    public static Task<StoreSet> OpenAsync(WatchdogOptions options, TimeProvider clock, ILogger? logger, CancellationToken ct) =>
        OpenAsync(options, clock, logger, IndexAccess.WriteIfFree, ct);

    /// <inheritdoc cref="OpenAsync(WatchdogOptions, TimeProvider, ILogger?, CancellationToken)"/>
    /// <param name="access">Whether this process writes the embedded search index (see <see cref="IndexAccess"/>); PostgreSQL ignores it.</param>
    public static async Task<StoreSet> OpenAsync(WatchdogOptions options, TimeProvider clock, ILogger? logger, IndexAccess access, CancellationToken ct)
    {
        switch (options.Store.Kind)
        {
            case StoreKind.Embedded:
                var embedded = await EmbeddedStore.OpenAsync(options.DataFolder, clock, logger, access, ct);
                embedded.Search.CachesResults = options.Search.ResultCache;
                return FromEmbedded(embedded);
            case StoreKind.Postgres:
                return FromPostgres(await OpenPostgresAsync(options.Store.ConnectionString, clock, ct));
            default:
                throw new InvalidOperationException(
                    $"Store kind {options.Store.Kind} is not available in this build; use Watchdog:Store:Kind = Embedded or Postgres.");
        }
    }

    public static StoreSet FromPostgres(PostgresStore store) =>
        new(store.Sources, store.Articles, store.UrlStates, store.FetchLog, store.Queue, store.Raw, store.Search, new SyncDisposal(store))
        {
            Watch = store.Watch,
            Audit = new SqlAuditLog(store.Database),
            Users = new SqlUserStore(store.Database),
            Retention = new SqlRetentionStore(store.Database),
            RawRetention = store.Raw,
            Leaks = new SqlLeakStore(store.Database),
            Entities = new SqlEntityStore(store.Database),
            GuardSites = new SqlGuardSiteStore(store.Database),
            Stories = new SqlStoryStore(store.Database),
        };

    private static async Task<PostgresStore> OpenPostgresAsync(string? connectionString, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("Watchdog:Store:ConnectionString is required when Watchdog:Store:Kind = Postgres.");
        try
        {
            return await PostgresStore.OpenAsync(connectionString, clock, ct);
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            throw new InvalidOperationException($"The PostgreSQL store cannot be opened: {e.Message}", e);
        }
    }

    /// <summary>The host disposes the set synchronously; closing Npgsql's pool does no real asynchronous work.</summary>
    private sealed class SyncDisposal(IAsyncDisposable inner) : IDisposable
    {
        public void Dispose() => inner.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    public void Dispose() => _owner.Dispose();
}
