using Watchdog.Storage.Tests.Contracts;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Sqlite;

// The storage contracts run against the embedded store (SQLite + files + Lucene).

public sealed class SqliteWorkQueueTests : WorkQueueContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}

public sealed class SqliteArticleStoreTests : ArticleStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}

public sealed class SqliteSourceStoreTests : SourceStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}

public sealed class SqliteFetchHistoryTests : FetchHistoryContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}

public sealed class FileRawStoreTests : RawStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}

public sealed class LuceneSearchIndexTests : SearchIndexContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}

public sealed class SqliteWatchStoreTests : WatchStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}

public sealed class SqliteGovernanceTests : Governance.GovernanceContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}

public sealed class SqliteRetentionTests : Retention.RetentionContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}

public sealed class LuceneSearchBreakdownTests : SearchBreakdownContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}

public sealed class SqliteLeakStoreTests : LeakStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}

public sealed class SqliteEntityStoreTests : EntityStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}

public sealed class SqliteGuardSiteStoreTests : GuardSiteStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}

public sealed class SqliteStoryStoreTests : StoryStoreContract
{
    protected override Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock) => SqliteStoreUnderTest.OpenAsync(clock);
}
