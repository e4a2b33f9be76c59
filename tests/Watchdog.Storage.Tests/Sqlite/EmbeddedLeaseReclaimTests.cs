using Watchdog.Core.Queue;
using Watchdog.Storage.Search;
using Watchdog.Storage.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.Storage.Tests.Sqlite;

/// <summary>The embedded service takes back, when it starts, the leases a killed run of its data folder left.</summary>
public sealed class EmbeddedLeaseReclaimTests : IDisposable
{
    private static readonly LeaseOrder Kinds = LeaseOrder.Together(["fetch"]);
    private readonly string _folder = TestPaths.NewTempFolder("watchdog-reclaim");
    private readonly ManualClock _clock = new();
    private static CancellationToken Ct => CancellationToken.None;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task LeaveALeaseBehindAsync()
    {
        using var killed = await EmbeddedStore.OpenAsync(_folder, _clock, null, IndexAccess.Write, Ct);
        await killed.Queue.EnqueueAsync("fetch", "p", null, _clock.GetUtcNow(), Ct);
        Assert.Single(await killed.Queue.LeaseAsync(Kinds, "killed-run", TimeSpan.FromMinutes(10), 1, Ct));
    }

    [Fact]
    public async Task The_service_leases_a_dead_runs_item_at_once_without_waiting_for_its_lease()
    {
        await LeaveALeaseBehindAsync();

        using var restarted = await EmbeddedStore.OpenAsync(_folder, _clock, null, IndexAccess.Write, Ct);

        var again = Assert.Single(await restarted.Queue.LeaseAsync(Kinds, "new-run", TimeSpan.FromMinutes(10), 1, Ct));

        // The killed run's try is given back: this is the item's first try that can finish.
        Assert.Equal(("p", 1), (again.Payload, again.Attempts));
    }

    [Fact]
    public async Task A_cli_command_opening_the_folder_leaves_leases_alone()
    {
        await LeaveALeaseBehindAsync();

        using var cli = await EmbeddedStore.OpenAsync(_folder, _clock, null, IndexAccess.Read, Ct);

        Assert.Equal(1, (await cli.Queue.CountAsync(Ct)).Leased);
    }
}
