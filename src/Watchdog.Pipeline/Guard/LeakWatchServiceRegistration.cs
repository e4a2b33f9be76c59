using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Watchdog.Core.Guard;
using Watchdog.Pipeline.Storage;
using Watchdog.Pipeline.Watching;

namespace Watchdog.Pipeline.Guard;

/// <summary>The leak store and leak watch (run by the watch stage); document registration and the scan are application services.</summary>
internal static class LeakWatchServiceRegistration
{
    public static void AddLeakWatchServices(IServiceCollection services)
    {
        services.TryAddSingleton(sp => sp.GetRequiredService<StoreSet>().Leaks
            ?? throw new InvalidOperationException("The configured store has no leak store (confidential document fingerprints, leak findings)."));
        services.TryAddSingleton<LeakFindingRecorder>();
        // Fingerprints change as rarely as standing queries, and are reloaded on the same schedule.
        services.TryAddSingleton(sp => new LeakWatch(
            sp.GetRequiredService<ILeakStore>(), sp.GetRequiredService<LeakFindingRecorder>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<AlertSettings>().QueryReloadInterval.Value, sp.GetRequiredService<ILogger<LeakWatch>>()));
    }
}
