using Watchdog.Core.Watching;

namespace Watchdog.Watch.Delivery;

/// <summary>Sends one message (one alert, or a batch for digests and rate limits) to one destination.</summary>
public interface IAlertChannel
{
    DeliveryChannel Channel { get; }

    /// <returns>Failures are values with a reason (refused, unreachable, timed out), never exceptions.</returns>
    Task<DeliveryResult> SendAsync(AlertMessage message, CancellationToken ct);
}

/// <summary>What goes out in one message: the alerts of one standing query for one target.</summary>
public sealed record AlertMessage(StandingQuery Query, DeliveryTarget Target, IReadOnlyList<Alert> Alerts);

public sealed record DeliveryResult(bool Delivered, string? Error)
{
    public static DeliveryResult Ok { get; } = new(true, null);

    public static DeliveryResult Failed(string reason) => new(false, reason);
}
