using Watchdog.Testing;

namespace Watchdog.Storage.Tests.Support;

/// <summary>The embedded store (SQLite + files + Lucene) in a temp data folder.</summary>
public sealed class SqliteStoreUnderTest : StoreUnderTest
{
    private readonly EmbeddedStore _store;
    private readonly ManualClock _clock;

    private SqliteStoreUnderTest(EmbeddedStore store, ManualClock clock)
        : base(store.Sources, store.Articles, store.UrlStates, store.FetchLog, store.Queue, store.Raw, store.Search, store.Watch, store.Database)
    {
        _store = store;
        _clock = clock;
    }

    public static async Task<IStoreUnderTest> OpenAsync(ManualClock clock) =>
        await OpenAsync(TestPaths.NewTempFolder("watchdog-storage"), clock);

    private static async Task<SqliteStoreUnderTest> OpenAsync(string folder, ManualClock clock) =>
        new(await EmbeddedStore.OpenAsync(folder, clock), clock);

    public override async Task<IStoreUnderTest> AbandonAndReopenAsync()
    {
        // SQLite and Lucene hold OS-level locks that a killed process would lose; releasing the handles is the closest
        // in-process equivalent. Every write the tests made was already committed when it returned.
        _store.Dispose();
        return await OpenAsync(_store.DataFolder, _clock);
    }

    public override ValueTask DisposeAsync()
    {
        _store.Dispose();
        try
        {
            Directory.Delete(_store.DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the OS cleans /tmp.
        }
        return ValueTask.CompletedTask;
    }
}
