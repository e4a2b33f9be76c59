using Watchdog.Core.Queue;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Contracts;

public abstract class WorkQueueContract : StoreContract
{
    private static readonly LeaseOrder FetchKinds = LeaseOrder.Together(["fetch"]);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Leased_item_carries_its_payload_owner_and_first_attempt()
    {
        await Store.Queue.EnqueueAsync("fetch", "{\"url\":\"a\"}", "a", Clock.GetUtcNow(), Ct);

        var leased = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "worker-1", Lease, 10, Ct));

        Assert.Equal("{\"url\":\"a\"}", leased.Payload);
        Assert.Equal("worker-1", leased.LeaseOwner);
        Assert.Equal(1, leased.Attempts);
        Assert.Equal(Clock.GetUtcNow() + Lease, leased.LeaseExpiresAt);
    }

    [Fact]
    public async Task Two_workers_never_lease_the_same_item()
    {
        for (var i = 0; i < 3; i++) await Store.Queue.EnqueueAsync("fetch", $"p{i}", null, Clock.GetUtcNow(), Ct);

        var first = await Store.Queue.LeaseAsync(FetchKinds, "worker-1", Lease, 2, Ct);
        var second = await Store.Queue.LeaseAsync(FetchKinds, "worker-2", Lease, 2, Ct);

        Assert.Equal(2, first.Count);
        Assert.Single(second);
        Assert.Empty(first.Select(i => i.Id).Intersect(second.Select(i => i.Id)));
    }

    [Fact]
    public async Task Concurrent_leasing_from_many_tasks_hands_out_each_item_exactly_once()
    {
        const int items = 200;
        for (var i = 0; i < items; i++) await Store.Queue.EnqueueAsync("fetch", $"p{i}", $"k{i}", Clock.GetUtcNow(), Ct);

        var workers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (true)
            {
                var batch = await Store.Queue.LeaseAsync(FetchKinds, $"worker-{w}", Lease, 7, Ct);
                if (batch.Count == 0) return mine;
                mine.AddRange(batch.Select(b => b.Id));
                foreach (var item in batch) await Store.Queue.CompleteAsync(item.Id, item.LeaseToken!, Ct);
            }
        }));
        var leased = (await Task.WhenAll(workers)).SelectMany(ids => ids).ToList();

        Assert.Equal(items, leased.Count);
        Assert.Equal(items, leased.Distinct().Count());
        Assert.Equal(items, (await Store.Queue.CountAsync(Ct)).Done);
    }

    [Fact]
    public async Task Item_is_not_leased_before_its_not_before_time()
    {
        await Store.Queue.EnqueueAsync("fetch", "later", null, Clock.GetUtcNow().AddMinutes(10), Ct);

        Assert.Empty(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 10, Ct));
        Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 10, Ct));
    }

    [Fact]
    public async Task Only_items_of_the_requested_kinds_are_leased()
    {
        await Store.Queue.EnqueueAsync("fetch", "f", null, Clock.GetUtcNow(), Ct);
        await Store.Queue.EnqueueAsync("extract", "e", null, Clock.GetUtcNow(), Ct);

        var leased = Assert.Single(await Store.Queue.LeaseAsync(LeaseOrder.Together(["extract"]), "w", Lease, 10, Ct));

        Assert.Equal("extract", leased.Kind);
    }

    [Fact]
    public async Task Items_of_an_earlier_tier_are_leased_first_and_each_tier_in_due_order()
    {
        var now = Clock.GetUtcNow();
        await Store.Queue.EnqueueAsync("fetch", "f-old", null, now.AddMinutes(-2), Ct);
        await Store.Queue.EnqueueAsync("watch", "w-new", null, now, Ct);
        await Store.Queue.EnqueueAsync("fetch", "f-new", null, now, Ct);
        await Store.Queue.EnqueueAsync("watch", "w-old", null, now.AddMinutes(-1), Ct);
        await Store.Queue.EnqueueAsync("watch", "w-later", null, now.AddMinutes(1), Ct);
        var watchFirst = LeaseOrder.InTiers([["watch"], ["fetch"]]);

        var first = await Store.Queue.LeaseAsync(watchFirst, "w", Lease, 3, Ct);
        var rest = await Store.Queue.LeaseAsync(watchFirst, "w", Lease, 10, Ct);

        Assert.Equal(["w-old", "w-new", "f-old"], first.Select(i => i.Payload));
        Assert.Equal(["f-new"], rest.Select(i => i.Payload));
    }

    [Fact]
    public async Task Kinds_leased_together_go_in_due_order_whatever_their_kind()
    {
        var now = Clock.GetUtcNow();
        await Store.Queue.EnqueueAsync("watch", "w", null, now, Ct);
        await Store.Queue.EnqueueAsync("fetch", "f", null, now.AddMinutes(-1), Ct);

        var leased = await Store.Queue.LeaseAsync(LeaseOrder.Together(["watch", "fetch"]), "w", Lease, 1, Ct);

        Assert.Equal(["f"], leased.Select(i => i.Payload));
    }

    [Fact]
    public async Task Leased_item_is_not_leased_again_before_its_lease_expires()
    {
        await Store.Queue.EnqueueAsync("fetch", "p", null, Clock.GetUtcNow(), Ct);
        await Store.Queue.LeaseAsync(FetchKinds, "worker-1", Lease, 1, Ct);

        Clock.Advance(Lease - TimeSpan.FromSeconds(1));

        Assert.Empty(await Store.Queue.LeaseAsync(FetchKinds, "worker-2", Lease, 1, Ct));
    }

    [Fact]
    public async Task Expired_lease_is_leased_again_with_attempts_counted()
    {
        await Store.Queue.EnqueueAsync("fetch", "p", null, Clock.GetUtcNow(), Ct);
        await Store.Queue.LeaseAsync(FetchKinds, "worker-1", Lease, 1, Ct);

        Clock.Advance(Lease);
        var again = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "worker-2", Lease, 1, Ct));

        Assert.Equal("worker-2", again.LeaseOwner);
        Assert.Equal(2, again.Attempts);
    }

    [Fact]
    public async Task Item_whose_owner_vanished_is_released_after_expiry_and_completed_once()
    {
        await Store.Queue.EnqueueAsync("fetch", "p", "key", Clock.GetUtcNow(), Ct);
        Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "dead-worker", Lease, 1, Ct));

        Store = await Store.AbandonAndReopenAsync();
        Assert.Empty(await Store.Queue.LeaseAsync(FetchKinds, "new-worker", Lease, 1, Ct));
        Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var recovered = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "new-worker", Lease, 1, Ct));
        await Store.Queue.CompleteAsync(recovered.Id, recovered.LeaseToken!, Ct);
        Clock.Advance(Lease * 2);

        Assert.Empty(await Store.Queue.LeaseAsync(FetchKinds, "new-worker", Lease, 1, Ct));
        Assert.Equal(new Core.Queue.QueueCounts(Pending: 0, Leased: 0, Done: 1, Quarantined: 0), await Store.Queue.CountAsync(Ct));
    }

    [Fact]
    public async Task Completed_item_is_never_leased_again()
    {
        await Store.Queue.EnqueueAsync("fetch", "p", null, Clock.GetUtcNow(), Ct);
        var item = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));

        await Store.Queue.CompleteAsync(item.Id, item.LeaseToken!, Ct);
        Clock.Advance(Lease * 3);

        Assert.Empty(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));
    }

    [Fact]
    public async Task Retried_item_comes_back_at_its_retry_time_with_its_error()
    {
        await Store.Queue.EnqueueAsync("fetch", "p", null, Clock.GetUtcNow(), Ct);
        var item = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));

        await Store.Queue.RetryAsync(item.Id, item.LeaseToken!, "503 from server", Clock.GetUtcNow().AddMinutes(2), Ct);

        Assert.Empty(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));
        Clock.Advance(TimeSpan.FromMinutes(2));
        var again = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));
        Assert.Equal("503 from server", again.LastError);
        Assert.Equal(2, again.Attempts);
    }

    [Fact]
    public async Task Deferred_item_comes_back_at_its_time_without_using_up_a_try()
    {
        await Store.Queue.EnqueueAsync("fetch", "p", null, Clock.GetUtcNow(), Ct);
        var item = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));

        Assert.True(await Store.Queue.DeferAsync(item.Id, item.LeaseToken!, Clock.GetUtcNow().AddSeconds(3), Ct));

        Assert.Equal(new Core.Queue.QueueCounts(Pending: 1, Leased: 0, Done: 0, Quarantined: 0), await Store.Queue.CountAsync(Ct));
        Assert.Empty(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));
        Clock.Advance(TimeSpan.FromSeconds(3));
        var again = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));
        Assert.Equal((item.Id, 1, null), (again.Id, again.Attempts, again.LastError));
    }

    [Fact]
    public async Task Deferring_a_retried_item_keeps_its_error_and_the_tries_it_used()
    {
        await Store.Queue.EnqueueAsync("fetch", "p", null, Clock.GetUtcNow(), Ct);
        var first = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));
        await Store.Queue.RetryAsync(first.Id, first.LeaseToken!, "503 from server", Clock.GetUtcNow(), Ct);
        var second = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));

        for (var i = 0; i < 5; i++)
        {
            var leased = i == 0 ? second : Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));
            Assert.True(await Store.Queue.DeferAsync(leased.Id, leased.LeaseToken!, Clock.GetUtcNow(), Ct));
        }

        var again = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));
        Assert.Equal((2, "503 from server"), (again.Attempts, again.LastError));
    }

    [Fact]
    public async Task Deferred_item_waits_behind_items_due_earlier()
    {
        await Store.Queue.EnqueueAsync("fetch", "deferred", null, Clock.GetUtcNow(), Ct);
        var item = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));
        await Store.Queue.EnqueueAsync("fetch", "queued", null, Clock.GetUtcNow().AddSeconds(1), Ct);
        await Store.Queue.DeferAsync(item.Id, item.LeaseToken!, Clock.GetUtcNow().AddSeconds(2), Ct);
        Clock.Advance(TimeSpan.FromSeconds(2));

        var leased = await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 2, Ct);

        Assert.Equal(["queued", "deferred"], leased.Select(i => i.Payload));
    }

    [Fact]
    public async Task Quarantined_item_is_listed_with_its_error_and_does_not_block_others()
    {
        await Store.Queue.EnqueueAsync("fetch", "bad", null, Clock.GetUtcNow(), Ct);
        await Store.Queue.EnqueueAsync("fetch", "good", null, Clock.GetUtcNow().AddSeconds(1), Ct);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var bad = (await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct))[0];

        await Store.Queue.QuarantineAsync(bad.Id, bad.LeaseToken!, "unparseable payload", Ct);

        var quarantined = Assert.Single(await Store.Queue.ListQuarantinedAsync(10, Ct));
        Assert.Equal(("bad", "unparseable payload"), (quarantined.Payload, quarantined.LastError));
        Assert.Equal("good", Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 5, Ct)).Payload);
        Assert.Equal(1, (await Store.Queue.CountAsync(Ct)).Quarantined);
    }

    [Fact]
    public async Task Enqueue_with_the_dedup_key_of_an_unfinished_item_is_refused()
    {
        Assert.True(await Store.Queue.EnqueueAsync("fetch", "first", "https://a/1", Clock.GetUtcNow(), Ct));
        Assert.False(await Store.Queue.EnqueueAsync("fetch", "second", "https://a/1", Clock.GetUtcNow(), Ct));
        await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct);
        Assert.False(await Store.Queue.EnqueueAsync("fetch", "third", "https://a/1", Clock.GetUtcNow(), Ct));

        Assert.Equal(1, (await Store.Queue.CountAsync(Ct)).Leased);
    }

    [Fact]
    public async Task Dedup_key_is_free_again_once_its_item_is_done()
    {
        await Store.Queue.EnqueueAsync("fetch", "first", "key", Clock.GetUtcNow(), Ct);
        var item = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));
        await Store.Queue.CompleteAsync(item.Id, item.LeaseToken!, Ct);

        Assert.True(await Store.Queue.EnqueueAsync("fetch", "again", "key", Clock.GetUtcNow(), Ct));
    }

    [Fact]
    public async Task Items_without_a_dedup_key_are_never_deduplicated()
    {
        Assert.True(await Store.Queue.EnqueueAsync("fetch", "same", null, Clock.GetUtcNow(), Ct));
        Assert.True(await Store.Queue.EnqueueAsync("fetch", "same", null, Clock.GetUtcNow(), Ct));

        Assert.Equal(2, (await Store.Queue.CountAsync(Ct)).Pending);
    }

    [Fact]
    public async Task Late_completion_by_a_worker_whose_item_was_quarantined_changes_nothing()
    {
        await Store.Queue.EnqueueAsync("fetch", "p", null, Clock.GetUtcNow(), Ct);
        var item = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "w", Lease, 1, Ct));
        await Store.Queue.QuarantineAsync(item.Id, item.LeaseToken!, "poison", Ct);

        await Store.Queue.CompleteAsync(item.Id, item.LeaseToken!, Ct);

        Assert.Equal(new Core.Queue.QueueCounts(0, 0, 0, 1), await Store.Queue.CountAsync(Ct));
    }

    [Fact]
    public async Task A_worker_whose_lease_was_taken_over_cannot_complete_retry_quarantine_or_defer_the_item()
    {
        await Store.Queue.EnqueueAsync("fetch", "p", null, Clock.GetUtcNow(), Ct);
        var stale = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "worker-1", Lease, 1, Ct));
        Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var current = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "worker-2", Lease, 1, Ct));

        Assert.NotEqual(stale.LeaseToken, current.LeaseToken);
        Assert.False(await Store.Queue.CompleteAsync(stale.Id, stale.LeaseToken!, Ct));
        Assert.False(await Store.Queue.RetryAsync(stale.Id, stale.LeaseToken!, "late failure", Clock.GetUtcNow(), Ct));
        Assert.False(await Store.Queue.QuarantineAsync(stale.Id, stale.LeaseToken!, "late poison", Ct));
        Assert.False(await Store.Queue.DeferAsync(stale.Id, stale.LeaseToken!, Clock.GetUtcNow(), Ct));
        Assert.Equal(new Core.Queue.QueueCounts(Pending: 0, Leased: 1, Done: 0, Quarantined: 0), await Store.Queue.CountAsync(Ct));
        Assert.Empty(await Store.Queue.LeaseAsync(FetchKinds, "worker-3", Lease, 1, Ct));

        Assert.True(await Store.Queue.CompleteAsync(current.Id, current.LeaseToken!, Ct));
        Assert.Equal(new Core.Queue.QueueCounts(Pending: 0, Leased: 0, Done: 1, Quarantined: 0), await Store.Queue.CountAsync(Ct));
    }

    [Fact]
    public async Task A_worker_whose_lease_ran_out_unclaimed_still_completes_its_item()
    {
        await Store.Queue.EnqueueAsync("fetch", "p", null, Clock.GetUtcNow(), Ct);
        var slow = Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "worker-1", Lease, 1, Ct));
        Clock.Advance(Lease * 2);

        Assert.True(await Store.Queue.CompleteAsync(slow.Id, slow.LeaseToken!, Ct));
        Assert.Empty(await Store.Queue.LeaseAsync(FetchKinds, "worker-2", Lease, 1, Ct));
    }

    [Fact]
    public async Task A_live_worker_keeps_its_items_by_heartbeat_and_a_dead_one_loses_them_one_lease_later()
    {
        await Store.Queue.EnqueueAsync("fetch", "live", null, Clock.GetUtcNow(), Ct);
        await Store.Queue.EnqueueAsync("fetch", "dead", null, Clock.GetUtcNow(), Ct);
        Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "live-worker", Lease, 1, Ct));
        Assert.Single(await Store.Queue.LeaseAsync(FetchKinds, "dead-worker", Lease, 1, Ct));

        for (var beat = 0; beat < 6; beat++)
        {
            Clock.Advance(Lease / 3);
            Assert.Equal(1, await Store.Queue.RenewLeasesAsync("live-worker", Lease, Ct));
        }
        var taken = await Store.Queue.LeaseAsync(FetchKinds, "new-worker", Lease, 5, Ct);

        Assert.Equal("dead", Assert.Single(taken).Payload);
    }
}
