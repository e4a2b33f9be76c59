using Watchdog.Core.Queue;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Core.Watching;
using Watchdog.Storage.Sql;

namespace Watchdog.Storage.Tests.Support;

/// <summary>One backend's implementations of every storage contract, over one fresh database.</summary>
public interface IStoreUnderTest : IAsyncDisposable
{
    ISourceStore Sources { get; }
    IArticleStore Articles { get; }
    IUrlStateStore UrlStates { get; }
    IFetchLog FetchLog { get; }
    IWorkQueue Queue { get; }
    IRawStore Raw { get; }
    ISearchIndex Search { get; }
    IWatchStore Watch { get; }
    /// <summary>The database under the SQL stores, for stores built over it (audit log, users, retention) and raw SQL checks.</summary>
    ISqlDatabase Database { get; }

    /// <summary>
    /// Drops this handle without any orderly shutdown (as a killed process would) and opens the same storage again.
    /// </summary>
    Task<IStoreUnderTest> AbandonAndReopenAsync();
}

/// <summary>Holds the implementations a backend's factory gave, so each backend only says how to open and close.</summary>
public abstract class StoreUnderTest(
    ISourceStore sources, IArticleStore articles, IUrlStateStore urlStates, IFetchLog fetchLog,
    IWorkQueue queue, IRawStore raw, ISearchIndex search, IWatchStore watch, ISqlDatabase database) : IStoreUnderTest
{
    public ISourceStore Sources => sources;
    public IArticleStore Articles => articles;
    public IUrlStateStore UrlStates => urlStates;
    public IFetchLog FetchLog => fetchLog;
    public IWorkQueue Queue => queue;
    public IRawStore Raw => raw;
    public ISearchIndex Search => search;
    public IWatchStore Watch => watch;
    public ISqlDatabase Database => database;

    public abstract Task<IStoreUnderTest> AbandonAndReopenAsync();

    public abstract ValueTask DisposeAsync();
}
