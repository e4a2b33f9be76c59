using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Watchdog.Core.Governance;
using Watchdog.Pipeline.Configuration;

namespace Watchdog.Application.Retention;

/// <summary>
/// Runs a retention pass at start and every <see cref="RetentionSettings.Interval"/>. Between passes it takes out of
/// the search index, at every poll, articles that `watchdog retention run` deleted from another process (which cannot
/// write the embedded index while this one holds it).
/// </summary>
public sealed class RetentionService(RetentionRunner runner, TimeProvider clock, IOptions<WatchdogOptions> options, ILogger<RetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = options.Value.Pipeline.PollInterval.Value;
        var interval = options.Value.Retention.Interval.Value;
        var nextPass = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (clock.GetUtcNow() >= nextPass)
                {
                    nextPass = clock.GetUtcNow() + interval;
                    await runner.RunAsync(dryRun: false, AuditActors.Retention, stoppingToken);
                }
                else
                {
                    await runner.ApplyIndexRemovalsAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Nothing is half-deleted: each batch is one transaction and index removals stay pending until done.
                logger.LogError(e, "Retention failed; trying again at the next pass ({Next:u})", nextPass);
            }
            await Task.Delay(poll, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
