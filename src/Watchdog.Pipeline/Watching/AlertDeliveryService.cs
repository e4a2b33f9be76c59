using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watchdog.Watch.Delivery;

namespace Watchdog.Pipeline.Watching;

/// <summary>
/// Sends due alert deliveries (webhook, e-mail) as soon as the watch stage raises alerts, and every
/// <see cref="AlertSettings.DeliveryInterval"/> for the rest (retries, digests, quiet hours ending, other processes' alerts);
/// again at once while a batch was full.
/// </summary>
public sealed class AlertDeliveryService(
    DeliveryDispatcher dispatcher, AlertsRaisedSignal raised, AlertSettings settings, ILogger<AlertDeliveryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await DispatchDueAsync(stoppingToken);
                await raised.WaitAsync(settings.DeliveryInterval.Value, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; undelivered alerts stay due in the store.
        }
    }

    private async Task DispatchDueAsync(CancellationToken ct)
    {
        try
        {
            DispatchSummary summary;
            do summary = await dispatcher.RunOnceAsync(ct);
            while (summary.Due >= DeliveryDispatcher.BatchLimit && !ct.IsCancellationRequested);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The deliveries stay due in the store; the next tick tries them again.
            logger.LogError(e, "Alert delivery pass failed; trying again in {Delay}", settings.DeliveryInterval);
        }
    }
}
