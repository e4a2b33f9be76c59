namespace Watchdog.Storage.Tests.Support;

/// <summary>A clock the test moves by hand, so lease expiry is tested without waiting.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public static DateTimeOffset Epoch { get; } = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

    public ManualClock() : this(Epoch) { }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
