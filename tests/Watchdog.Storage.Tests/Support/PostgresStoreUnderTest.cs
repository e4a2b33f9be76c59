using Watchdog.Storage.Postgres;
using Watchdog.Testing.Postgres;

namespace Watchdog.Storage.Tests.Support;

/// <summary>The PostgreSQL store over the test class's database of the test server, emptied first.</summary>
public sealed class PostgresStoreUnderTest : StoreUnderTest
{
    private readonly string _connectionString;
    private readonly ManualClock _clock;
    private readonly PostgresStore _store;

    private PostgresStoreUnderTest(string connectionString, ManualClock clock, PostgresStore store)
        : base(store.Sources, store.Articles, store.UrlStates, store.FetchLog, store.Queue, store.Raw, store.Search, store.Watch, store.Database)
    {
        _connectionString = connectionString;
        _clock = clock;
        _store = store;
    }

    public static async Task<IStoreUnderTest> OpenAsync(PostgresServerFixture server, Type testClass, ManualClock clock)
    {
        var connectionString = await server.DatabaseForAsync(testClass);
        await PostgresServerFixture.EmptyAsync(connectionString);
        return new PostgresStoreUnderTest(connectionString, clock, await PostgresStore.OpenAsync(connectionString, clock));
    }

    public override async Task<IStoreUnderTest> AbandonAndReopenAsync()
    {
        // Closing the pool drops the sessions; the server rolls back anything uncommitted, as after a killed worker.
        await _store.DisposeAsync();
        return new PostgresStoreUnderTest(_connectionString, _clock, await PostgresStore.OpenAsync(_connectionString, _clock));
    }

    public override ValueTask DisposeAsync() => _store.DisposeAsync();
}
