using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Stages.Stories;

namespace Watchdog.Pipeline.Hosting;

/// <summary>Runs the <see cref="StoryAssigner"/> at every poll, so articles stored by any process get their story within seconds.</summary>
public sealed class StoryAssignerLoop(StoryAssigner assigner, IOptions<WatchdogOptions> options, ILogger<StoryAssignerLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = options.Value.Pipeline.PollInterval.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await assigner.AssignPendingAsync(stoppingToken);
                await Task.Delay(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Story assignment failed; trying again in {Delay}", poll);
                await Task.Delay(poll, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
