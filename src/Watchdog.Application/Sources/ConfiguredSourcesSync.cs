using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Watchdog.Core.Governance;
using Watchdog.Pipeline.Configuration;
using Watchdog.Application.Governance;
using Watchdog.Pipeline.Scheduling;

namespace Watchdog.Application.Sources;

/// <summary>
/// At start, adds the sources declared in watchdog.yaml that the store does not have yet. Sources are never removed
/// from the store here: removing one is an explicit operator action.
/// </summary>
public sealed class ConfiguredSourcesSync(
    SourceRegistry registry, AuditTrail audit, IOptions<WatchdogOptions> options, ILogger<ConfiguredSourcesSync> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var declared in options.Value.Sources)
        {
            var result = await registry.AddAsync(new SourceDraft(declared.Url)
            {
                Every = declared.Every.Value,
                Tags = declared.Tags,
                Kind = declared.Kind,
                Title = declared.Title,
            }, cancellationToken);
            if (!result.Added) continue;
            logger.LogInformation("Added source {Id} {Url} from the config file", result.Source.Id, result.Source.Url);
            await audit.RecordAsync(AuditActors.Config, AuditActions.SourceAdd, AuditDetails.SourceTarget(result.Source.Id), AuditDetails.Of(result.Source));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
