using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Watchdog.Core.Entities;
using Watchdog.Pipeline.Storage;

namespace Watchdog.Pipeline.Entities;

/// <summary>The entity store, recorder (used by the watch stage and reprocessing) and backfill, for the service and the CLI.</summary>
internal static class EntityServiceRegistration
{
    public static void AddEntityServices(IServiceCollection services)
    {
        services.TryAddSingleton(sp => sp.GetRequiredService<StoreSet>().Entities
            ?? throw new InvalidOperationException("The configured store has no entity store (named entities per article)."));
        services.TryAddSingleton<ArticleEntityRecorder>();
        services.TryAddSingleton<EntityBackfill>();
    }
}
