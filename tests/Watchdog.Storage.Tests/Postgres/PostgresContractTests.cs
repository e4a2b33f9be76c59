using Watchdog.Storage.Tests.Contracts;
using Watchdog.Storage.Tests.Support;
using Watchdog.Testing.Postgres;

namespace Watchdog.Storage.Tests.Postgres;

// The storage contracts run against the PostgreSQL store on a real server.

[Collection(PostgresCollection.Name)]
public sealed class PostgresWorkQueueTests(PostgresServerFixture server) : WorkQueueContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresArticleStoreTests(PostgresServerFixture server) : ArticleStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSourceStoreTests(PostgresServerFixture server) : SourceStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresFetchHistoryTests(PostgresServerFixture server) : FetchHistoryContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresRawStoreTests(PostgresServerFixture server) : RawStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchIndexTests(PostgresServerFixture server) : SearchIndexContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresWatchStoreTests(PostgresServerFixture server) : WatchStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresGovernanceTests(PostgresServerFixture server) : Governance.GovernanceContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresRetentionTests(PostgresServerFixture server) : Retention.RetentionContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchBreakdownTests(PostgresServerFixture server) : SearchBreakdownContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresLeakStoreTests(PostgresServerFixture server) : LeakStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresEntityStoreTests(PostgresServerFixture server) : EntityStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresGuardSiteStoreTests(PostgresServerFixture server) : GuardSiteStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoryStoreTests(PostgresServerFixture server) : StoryStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => PostgresStoreUnderTest.OpenAsync(server, GetType(), clock);
}
