using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Watchdog.Guard.Audit;
using Watchdog.Guard.Control;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Storage;

namespace Watchdog.Application.Guard.Sites;

/// <summary>The guard-site store, the auditor and control check (reaching loopback and private hosts only where the fetcher may), and <see cref="GuardSites"/>.</summary>
internal static class GuardSiteServiceRegistration
{
    public static void AddGuardSiteServices(IServiceCollection services)
    {
        services.TryAddSingleton(sp => sp.GetRequiredService<StoreSet>().GuardSites
            ?? throw new InvalidOperationException("The configured store has no guard-site store (sites registered for the site audit)."));
        // One auditor for the process, so audits run one at a time.
        services.TryAddSingleton(sp =>
        {
            var fetcher = sp.GetRequiredService<IOptions<WatchdogOptions>>().Value.Fetcher;
            return SiteAuditor.Create(new SiteAuditOptions { AllowPrivateAddresses = fetcher.AllowLoopback || fetcher.AllowPrivateNetworks });
        });
        services.TryAddSingleton<ITxtLookup, DnsTxtLookup>();
        services.TryAddSingleton(sp => new ControlProver(
            sp.GetRequiredService<IOptions<WatchdogOptions>>().Value.Fetcher.ToFetcherOptions(), sp.GetRequiredService<ITxtLookup>()));
        services.TryAddSingleton(sp => new GuardSiteProbes(sp.GetRequiredService<SiteAuditor>(), sp.GetRequiredService<ControlProver>()));
        services.TryAddSingleton<GuardSites>();
    }
}
