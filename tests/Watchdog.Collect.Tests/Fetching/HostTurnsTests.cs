using Watchdog.Collect.Fetching;

namespace Watchdog.Collect.Tests.Fetching;

public sealed class HostTurnsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(250);

    private static TimeSpan Ms(int ms) => TimeSpan.FromMilliseconds(ms);

    [Fact]
    public void An_unused_host_is_free_now()
    {
        var turns = new HostTurns();

        Assert.Equal(T0, turns.FreeAt(T0, Delay, capacity: 1));
    }

    [Fact]
    public void A_host_is_free_one_delay_after_its_last_request_ended()
    {
        var turns = new HostTurns();
        turns.Entered(T0);
        turns.Left(T0 + Ms(200), T0, Delay);

        Assert.Equal(T0 + Ms(1200), turns.FreeAt(T0 + Ms(300), Delay, capacity: 1));
        Assert.Equal(T0 + Ms(1500), turns.FreeAt(T0 + Ms(1500), Delay, capacity: 1));
    }

    [Fact]
    public void A_busy_host_is_estimated_free_a_typical_hold_and_a_delay_after_its_request_entered()
    {
        var turns = new HostTurns();
        turns.Entered(T0);
        turns.Left(T0 + Ms(200), T0, Delay);
        turns.Entered(T0 + Ms(1200));

        Assert.Equal(T0 + Ms(1200 + 200 + 1000), turns.FreeAt(T0 + Ms(1250), Delay, capacity: 1));
    }

    [Fact]
    public void Callers_sent_away_together_get_times_one_turn_apart()
    {
        var turns = new HostTurns();
        turns.Entered(T0);
        turns.Left(T0 + Ms(200), T0, Delay);
        var now = T0 + Ms(210);

        var times = Enumerable.Range(0, 4).Select(_ => turns.ComeBackAt(now, Delay, 1, Patience)).ToList();

        // The first when the gap ends; each next one a hold (200 ms) and a delay later.
        Assert.Equal([T0 + Ms(1200), T0 + Ms(2400), T0 + Ms(3600), T0 + Ms(4800)], times);
    }

    [Fact]
    public void A_caller_sent_away_never_comes_back_sooner_than_it_would_have_waited()
    {
        var turns = new HostTurns();
        turns.Entered(T0);

        // Estimated free now (nothing learnt of its requests yet, no delay), but its wait failed: not back at once.
        Assert.Equal(T0 + Patience, turns.ComeBackAt(T0, TimeSpan.Zero, 1, Patience));
    }

    [Fact]
    public void Once_the_handed_out_times_have_passed_the_next_caller_comes_back_when_the_host_is_free()
    {
        var turns = new HostTurns();
        turns.Entered(T0);
        turns.Left(T0 + Ms(100), T0, Delay);
        turns.ComeBackAt(T0 + Ms(100), Delay, 1, Patience);
        turns.ComeBackAt(T0 + Ms(100), Delay, 1, Patience);

        turns.Entered(T0 + Ms(10_000));
        turns.Left(T0 + Ms(10_100), T0 + Ms(10_000), Delay);

        Assert.Equal(T0 + Ms(11_100), turns.ComeBackAt(T0 + Ms(10_150), Delay, 1, Patience));
    }

    [Fact]
    public void Without_a_delay_a_host_takes_its_capacity_at_once_and_turns_are_shared_between_the_slots()
    {
        var turns = new HostTurns();
        turns.Entered(T0);
        turns.Left(T0 + Ms(400), T0, TimeSpan.Zero);
        turns.Entered(T0 + Ms(400));

        Assert.Equal(T0 + Ms(400), turns.FreeAt(T0 + Ms(400), TimeSpan.Zero, capacity: 2));
        turns.Entered(T0 + Ms(400));
        Assert.Equal(T0 + Ms(800), turns.FreeAt(T0 + Ms(400), TimeSpan.Zero, capacity: 2));
        var first = turns.ComeBackAt(T0 + Ms(400), TimeSpan.Zero, 2, Patience);
        var second = turns.ComeBackAt(T0 + Ms(400), TimeSpan.Zero, 2, Patience);
        Assert.Equal(Ms(200), second - first);
    }

    [Fact]
    public void Typical_hold_follows_recent_requests_without_jumping_to_one_outlier()
    {
        var turns = new HostTurns();
        turns.Entered(T0);
        turns.Left(T0 + Ms(100), T0, Delay);
        turns.Entered(T0 + Ms(2000));
        turns.Left(T0 + Ms(2000 + 900), T0 + Ms(2000), Delay);

        Assert.Equal(Ms(100 + ((900 - 100) / 4)), turns.TypicalHold);
    }

    [Fact]
    public void A_shorter_delay_never_brings_forward_a_gap_already_promised()
    {
        var turns = new HostTurns();
        turns.Entered(T0);
        turns.Left(T0 + Ms(100), T0, TimeSpan.FromSeconds(5));
        turns.Entered(T0 + Ms(50));
        turns.Left(T0 + Ms(200), T0 + Ms(50), Delay);

        Assert.Equal(T0 + Ms(5100), turns.NextStart);
    }
}
