using Watchdog.Core.Queue;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Configuration;
using Watchdog.Storage;

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

    public static StoreSet FromEmbedded(EmbeddedStore store) =>
        new(store.Sources, store.Articles, store.UrlStates, store.FetchLog, store.Queue, store.Raw, store.Search, store);

    /// <exception cref="InvalidOperationException">The configured store cannot be opened; the message says why.</exception>
    public static async Task<StoreSet> OpenAsync(WatchdogOptions options, TimeProvider clock, CancellationToken ct)
    {
        switch (options.Store.Kind)
        {
            case StoreKind.Embedded:
                return FromEmbedded(await EmbeddedStore.OpenAsync(options.DataFolder, clock, ct));
            default:
                throw new InvalidOperationException(
                    $"Store kind {options.Store.Kind} is not available in this build; use Watchdog:Store:Kind = Embedded.");
        }
    }

    public void Dispose() => _owner.Dispose();
}
