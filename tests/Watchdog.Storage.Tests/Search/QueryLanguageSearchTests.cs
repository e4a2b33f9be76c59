using Watchdog.Storage.Tests.Postgres;
using Watchdog.Storage.Tests.Support;
using Watchdog.Testing.Postgres;

namespace Watchdog.Storage.Tests.Search;

// The query-language search contract on both backends.

public sealed class LuceneQueryLanguageSearchTests : QueryLanguageSearchContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresQueryLanguageSearchTests(PostgresServerFixture server) : QueryLanguageSearchContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}
