namespace Watchdog.Core.Watching;

/// <summary>One alert owed to one destination. It stays visible until delivered or given up on with a reason.</summary>
public sealed record AlertDelivery
{
    public long Id { get; init; }
    public long AlertId { get; init; }
    /// <summary>The standing query of the alert; messages are batched per query and target.</summary>
    public long QueryId { get; init; }
    public DeliveryChannel Channel { get; init; }
    /// <summary>Webhook URL or e-mail address (see <see cref="DeliveryTarget"/>).</summary>
    public required string Address { get; init; }
    public DeliveryStatus Status { get; init; } = DeliveryStatus.Pending;
    public int Attempts { get; init; }
    /// <summary>Not sent before this time: quiet hours, rate limits, digests and retry backoff all move it.</summary>
    public DateTimeOffset NextAttemptAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public string? LastError { get; init; }
}

/// <summary><see cref="Failed"/> will be retried at <see cref="AlertDelivery.NextAttemptAt"/>; <see cref="GivenUp"/> will not.</summary>
public enum DeliveryStatus { Pending, Delivered, Failed, GivenUp }
