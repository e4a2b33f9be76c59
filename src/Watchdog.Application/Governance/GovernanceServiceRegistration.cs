using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Watchdog.Core.Governance;
using Watchdog.Core.Retention;
using Watchdog.Application.Retention;
using Watchdog.Pipeline.Storage;

namespace Watchdog.Application.Governance;

/// <summary>The audit log, users and retention, for <see cref="WatchdogServiceCollectionExtensions"/>.</summary>
internal static class GovernanceServiceRegistration
{
    public static void AddGovernanceServices(IServiceCollection services)
    {
        services.TryAddSingleton(sp => Required(sp.GetRequiredService<StoreSet>().Audit, "audit log"));
        services.TryAddSingleton(sp => Required(sp.GetRequiredService<StoreSet>().Users, "user store"));
        services.TryAddSingleton(sp => Required(sp.GetRequiredService<StoreSet>().Retention, "retention store"));
        services.TryAddSingleton(sp => Required(sp.GetRequiredService<StoreSet>().RawRetention, "raw-body retention"));
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<RetentionRunner>();
    }

    private static T Required<T>(T? store, string what) where T : class =>
        store ?? throw new InvalidOperationException($"The configured store has no {what}.");
}
