using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Watchdog.Application.Guard.Sites;

/// <summary>Audits verified sites on their schedule (`watchdog guard sites schedule URL --every 1d`).</summary>
public sealed class ScheduledSiteAudits(GuardSites sites, TimeProvider clock, ILogger<ScheduledSiteAudits> logger) : BackgroundService
{
    /// <summary>Schedules are hours apart at least; looking every minute starts an audit at most a minute late.</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sites.RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Scheduled site audits failed; trying again in {Poll}", Poll);
            }
            await Task.Delay(Poll, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
