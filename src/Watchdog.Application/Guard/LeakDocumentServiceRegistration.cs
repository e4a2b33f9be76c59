using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Watchdog.Application.Guard;

/// <summary>Document registration and the scan of stored articles, on top of the pipeline's leak watch.</summary>
internal static class LeakDocumentServiceRegistration
{
    public static void AddLeakDocumentServices(IServiceCollection services)
    {
        services.TryAddSingleton<LeakDocumentRegistry>();
        services.TryAddSingleton<LeakScan>();
    }
}
