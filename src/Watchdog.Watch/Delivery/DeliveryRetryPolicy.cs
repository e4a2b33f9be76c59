namespace Watchdog.Watch.Delivery;

/// <summary>Exponential backoff between attempts, and when to give up (the delivery then stays visible with its reason).</summary>
/// <param name="MaxAttempts">Six attempts with the default delays span about half an hour of a receiver being down.</param>
public sealed record DeliveryRetryPolicy(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static DeliveryRetryPolicy Default { get; } = new(MaxAttempts: 6, FirstDelay: TimeSpan.FromSeconds(30), MaxDelay: TimeSpan.FromHours(1));

    /// <param name="attempts">Attempts made so far (1 after the first failure).</param>
    public TimeSpan DelayAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * factor));
    }
}
