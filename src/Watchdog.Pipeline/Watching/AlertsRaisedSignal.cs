using Watchdog.Pipeline.Hosting;

namespace Watchdog.Pipeline.Watching;

/// <summary>
/// Wakes <see cref="AlertDeliveryService"/> as soon as the watch stage has raised alerts in this process, so an alert
/// goes out within the time it takes to send it rather than at the next delivery poll. Alerts raised by another
/// process (a worker elsewhere) are still found by the poll.
/// </summary>
public sealed class AlertsRaisedSignal : IDisposable
{
    private readonly WorkSignal _signal = new();

    public void Notify() => _signal.Notify();

    /// <returns>true when woken by <see cref="Notify"/>, false when the timeout passed.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);

    public void Dispose() => _signal.Dispose();
}
