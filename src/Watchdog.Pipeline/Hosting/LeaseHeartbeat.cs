using Microsoft.Extensions.Logging;

namespace Watchdog.Pipeline.Hosting;

/// <summary>Calls <c>renew</c> every <c>every</c> until disposed; a failed renewal is logged and tried again at the next beat.</summary>
internal sealed class LeaseHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _beating;

    public LeaseHeartbeat(Func<CancellationToken, Task<int>> renew, TimeSpan every, TimeProvider clock, ILogger logger)
    {
        _beating = Task.Run(() => BeatAsync(renew, every, clock, logger, _stop.Token), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _beating;
        _stop.Dispose();
    }

    private static async Task BeatAsync(Func<CancellationToken, Task<int>> renew, TimeSpan every, TimeProvider clock, ILogger logger, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, clock, stop);
                await renew(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store being briefly unavailable: the lease has two more beats of slack before it runs out.
                logger.LogWarning(e, "Renewing work leases failed; trying again in {Interval}", every);
            }
        }
    }
}
