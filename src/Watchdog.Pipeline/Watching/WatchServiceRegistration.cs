using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Watchdog.Core.Watching;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Hosting;
using Watchdog.Pipeline.Stages;
using Watchdog.Pipeline.Storage;
using Watchdog.Watch.Alerts;
using Watchdog.Watch.Delivery;
using Watchdog.Watch.Matching;
using Watchdog.Query.Watchlists;

namespace Watchdog.Pipeline.Watching;

/// <summary>The watch store, the watch stage and the alert channels, for <see cref="PipelineServiceCollectionExtensions"/>.</summary>
internal static class WatchServiceRegistration
{
    public static void AddWatchServices(IServiceCollection services)
    {
        services.TryAddSingleton(sp => sp.GetRequiredService<StoreSet>().Watch
            ?? throw new InvalidOperationException("The configured store has no watch store (watchlists, standing queries, alerts)."));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<WatchdogOptions>>().Value.Alerts);
        services.TryAddSingleton(sp => new ArticleWatcher(
            sp.GetRequiredService<IWatchStore>(), AnalysisTermNormalizer.Default, sp.GetRequiredService<TimeProvider>(), AnalysisSpellingVariants.Instance));
        services.TryAddSingleton(sp => new CompiledQueriesFreshness(
            sp.GetRequiredService<ArticleWatcher>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<AlertSettings>().QueryReloadInterval.Value));
        services.TryAddSingleton<AlertsRaisedSignal>();
        services.TryAddSingleton<WatchArticleStage>();
        services.AddSingleton(sp => StageBinding.For(WorkKinds.WatchArticle, sp.GetRequiredService<WatchArticleStage>()));
        services.TryAddSingleton(sp => new DeliveryDispatcher(
            sp.GetRequiredService<IWatchStore>(), CreateChannels(sp), sp.GetRequiredService<TimeProvider>(), DeliveryRetryPolicy.Default,
            sp.GetRequiredService<ILogger<DeliveryDispatcher>>()));
    }

    /// <summary>Webhooks always; e-mail only once an SMTP sender is configured, so e-mail targets fail with "no Email channel is configured" until then.</summary>
    private static IEnumerable<IAlertChannel> CreateChannels(IServiceProvider sp)
    {
        var settings = sp.GetRequiredService<AlertSettings>();
        var clock = sp.GetRequiredService<TimeProvider>();
        // The channel enforces the timeout per call, so the client itself need not.
#pragma warning disable CA2000 // one client for the process's lifetime, held by the singleton dispatcher's webhook channel
        var http = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
#pragma warning restore CA2000
        yield return new WebhookChannel(http, clock, settings.WebhookTimeout.Value);
        if (settings.Smtp.IsConfigured) yield return new EmailChannel(settings.Smtp.ToSmtpOptions(), sp.GetRequiredService<Core.Localization.UiLocale>().Language);
    }
}
