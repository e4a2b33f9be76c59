using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Watchdog.Application.Governance;
using Watchdog.Application.Guard;
using Watchdog.Application.Guard.Sites;
using Watchdog.Application.Reporting.Scheduling;
using Watchdog.Application.Retention;
using Watchdog.Application.Sources;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Hosting;

namespace Watchdog.Application;

/// <summary>Registrations for the Watchdog service, shared by `watchdog up` (web), `watchdog worker` and the CLI commands.</summary>
public static class WatchdogServiceCollectionExtensions
{
    /// <summary>
    /// The pipeline (options, stores, search index, fetcher, stages, metrics) and the application services on top:
    /// audit trail, users, retention, leak documents and guard sites. Enough for the web API and the CLI to read and
    /// write; nothing runs in the background until <see cref="AddWatchdogWorkers"/>.
    /// </summary>
    public static IServiceCollection AddWatchdogCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWatchdogPipeline(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WatchdogOptions>, ScheduledReportOptionsValidator>());
        GovernanceServiceRegistration.AddGovernanceServices(services);
        LeakDocumentServiceRegistration.AddLeakDocumentServices(services);
        GuardSiteServiceRegistration.AddGuardSiteServices(services);
        return services;
    }

    /// <summary>
    /// The background work: sources from watchdog.yaml synced into the store at start (before the scheduler starts),
    /// the pipeline's workers, retention, scheduled site audits and scheduled reports.
    /// </summary>
    public static IServiceCollection AddWatchdogWorkers(this IServiceCollection services)
    {
        services.AddHostedService<ConfiguredSourcesSync>();
        services.AddWatchdogPipelineWorkers();
        services.AddHostedService<RetentionService>();
        services.AddHostedService<ScheduledSiteAudits>();
        services.AddReportScheduler();
        return services;
    }
}
