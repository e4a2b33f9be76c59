using Microsoft.Extensions.Logging;
using Watchdog.Core.Watching;

namespace Watchdog.Watch.Delivery;

/// <summary>
/// Sends the deliveries that are due, one message per standing query and destination (so digests and held-back
/// alerts go out together), and records every outcome: delivered, failed with the reason and the next attempt,
/// or given up after <see cref="DeliveryRetryPolicy.MaxAttempts"/> with the reason. Nothing is dropped silently.
/// </summary>
public sealed class DeliveryDispatcher(
    IWatchStore store, IEnumerable<IAlertChannel> channels, TimeProvider clock, DeliveryRetryPolicy policy, ILogger<DeliveryDispatcher> logger)
{
    /// <summary>Deliveries taken per run; the host calls again while there is work.</summary>
    public const int BatchLimit = 200;

    private readonly Dictionary<DeliveryChannel, IAlertChannel> _channels = channels.ToDictionary(c => c.Channel);

    /// <summary>
    /// Messages sent at the same time. One slow or dead receiver (a webhook that times out) must not hold back every
    /// other query's alerts, and the outcome writes of concurrent messages share commits.
    /// </summary>
    public const int MaxConcurrentMessages = 8;

    public async Task<DispatchSummary> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await store.ListDueDeliveriesAsync(now, BatchLimit, ct);
        int delivered = 0, failed = 0, givenUp = 0;
        var groups = due.GroupBy(d => (d.QueryId, d.Channel, d.Address));
        await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentMessages, CancellationToken = ct }, async (group, token) =>
        {
            var result = await SendGroupAsync(group.Key.QueryId, group.Key.Channel, group.Key.Address, group.ToArray(), token);
            foreach (var delivery in group)
            {
                var updated = Record(delivery, result, now);
                await store.UpdateDeliveryAsync(updated, token);
                switch (updated.Status)
                {
                    case DeliveryStatus.Delivered: Interlocked.Increment(ref delivered); break;
                    case DeliveryStatus.GivenUp: Interlocked.Increment(ref givenUp); break;
                    default: Interlocked.Increment(ref failed); break;
                }
            }
        });
        return new DispatchSummary(due.Count, delivered, failed, givenUp);
    }

    private async Task<DeliveryResult> SendGroupAsync(long queryId, DeliveryChannel channel, string address, AlertDelivery[] deliveries, CancellationToken ct)
    {
        var query = await store.GetQueryAsync(queryId, ct);
        if (query is null) return DeliveryResult.Failed($"standing query {queryId} no longer exists");
        if (!_channels.TryGetValue(channel, out var sender)) return DeliveryResult.Failed($"no {channel} channel is configured");
        var target = query.Rule.Targets.FirstOrDefault(t => t.Channel == channel && t.Address == address) ?? new DeliveryTarget(channel, address);

        var alerts = new List<Alert>(deliveries.Length);
        foreach (var delivery in deliveries)
        {
            if (await store.GetAlertAsync(delivery.AlertId, ct) is { } alert) alerts.Add(alert);
        }
        if (alerts.Count == 0) return DeliveryResult.Failed("the alerts of this delivery no longer exist");

        try
        {
            var result = await sender.SendAsync(new AlertMessage(query, target, alerts), ct);
            if (!result.Delivered) logger.LogWarning("Delivery of {Count} alerts of query {QueryId} to {Channel} {Address} failed: {Reason}", alerts.Count, queryId, channel, address, result.Error);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A channel should report failures as values; an exception here must still be recorded, not lose the alert.
            logger.LogError(e, "Channel {Channel} threw while sending to {Address}", channel, address);
            return DeliveryResult.Failed($"{channel} channel error: {e.Message}");
        }
    }

    private AlertDelivery Record(AlertDelivery delivery, DeliveryResult result, DateTimeOffset now)
    {
        var attempts = delivery.Attempts + 1;
        if (result.Delivered) return delivery with { Status = DeliveryStatus.Delivered, Attempts = attempts, DeliveredAt = now, LastError = null };
        if (attempts >= policy.MaxAttempts)
            return delivery with { Status = DeliveryStatus.GivenUp, Attempts = attempts, LastError = $"gave up after {attempts} attempts: {result.Error}" };
        return delivery with { Status = DeliveryStatus.Failed, Attempts = attempts, LastError = result.Error, NextAttemptAt = now + policy.DelayAfter(attempts) };
    }
}

public sealed record DispatchSummary(int Due, int Delivered, int Failed, int GivenUp);
