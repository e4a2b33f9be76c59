using Watchdog.Pipeline.Stages;

namespace Watchdog.EndToEnd.Tests.Pipeline;

public sealed class LeaseOrderTests
{
    [Fact]
    public void Stages_that_finish_work_in_flight_are_leased_before_those_that_start_new_work()
    {
        var order = WorkKinds.LeaseOrderOf([WorkKinds.RefreshSource, WorkKinds.FetchArticle, WorkKinds.WatchArticle, WorkKinds.StorePost]);

        Assert.Equal(0, order.RankOf(WorkKinds.WatchArticle));
        Assert.Equal(0, order.RankOf(WorkKinds.StorePost));
        Assert.True(order.RankOf(WorkKinds.FetchArticle) > 0);
        // A fetch backlog must not hold back the sources' refreshes: both wait in one tier, in due order.
        Assert.Equal(order.RankOf(WorkKinds.FetchArticle), order.RankOf(WorkKinds.RefreshSource));
        Assert.Equal(4, order.Kinds.Count);
    }

    [Fact]
    public void A_host_without_the_watch_stage_leases_only_the_kinds_it_runs()
    {
        var order = WorkKinds.LeaseOrderOf([WorkKinds.FetchArticle]);

        Assert.Equal([WorkKinds.FetchArticle], order.Kinds);
    }
}
