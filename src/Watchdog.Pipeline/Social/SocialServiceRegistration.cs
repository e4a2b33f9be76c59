using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Hosting;
using Watchdog.Pipeline.Stages;

namespace Watchdog.Pipeline.Social;

/// <summary>The social source reader and the stage that stores posts.</summary>
public static class SocialServiceRegistration
{
    public static void AddSocialServices(IServiceCollection services)
    {
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<WatchdogOptions>>().Value.Social);
        services.TryAddSingleton<SocialSourceReader>();
        services.TryAddSingleton<StorePostStage>();
        services.AddSingleton(sp => StageBinding.For(WorkKinds.StorePost, sp.GetRequiredService<StorePostStage>()));
    }
}
