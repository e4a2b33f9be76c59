using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watchdog.Core.Governance;
using Watchdog.Pipeline.Configuration;
using Watchdog.Web.Hosting;

namespace Watchdog.Web.Auth;

public static class ApiAccessRegistration
{
    /// <summary>Decides from <c>Watchdog:Auth:Required</c>, the demo switch and the listening address whether the API asks for tokens.</summary>
    public static IServiceCollection AddApiAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection($"{WatchdogOptions.SectionName}:{nameof(WatchdogOptions.Auth)}").Get<AuthSettings>() ?? new AuthSettings();
        var demo = configuration.GetValue<bool>($"{WatchdogOptions.SectionName}:{nameof(WatchdogOptions.Demo)}");
        services.AddSingleton(AuthRequirement.Decide(settings, demo, ListeningAddress.Choose(configuration)));
        services.AddHostedService<ApiAccessNotice>();
        return services;
    }
}

/// <summary>Says at start which mode the API runs in, and warns when it asks for tokens but nobody has one yet.</summary>
internal sealed class ApiAccessNotice(ApiAccess access, IUserStore users, ILogger<ApiAccessNotice> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (!access.Required)
        {
            logger.LogWarning("REST API authentication: {Mode}", access.Mode);
            return;
        }
        logger.LogInformation("REST API authentication: {Mode}", access.Mode);
        var all = await users.ListAsync(ct);
        if (!all.Any(u => u.Role == Role.Admin))
            logger.LogWarning("The REST API asks for tokens but there is no admin user yet: create one with `watchdog users add NAME --role admin`");
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
