using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Watchdog.Collect.Fetching;
using Watchdog.Collect.Robots;
using Watchdog.Pipeline.Configuration;
using Watchdog.Core.Queue;
using Watchdog.Core.Search;
using Watchdog.Pipeline.Metrics;
using Watchdog.Pipeline.Stages;
using Watchdog.Pipeline.Scheduling;
using Watchdog.Pipeline.Storage;
using Watchdog.Pipeline.Watching;

namespace Watchdog.Pipeline.Hosting;

/// <summary>
/// Registrations of the pipeline: options, stores, fetcher, stages, host and their background loops. The application
/// services on top (audit trail, retention, reports, guard sites) are added by Watchdog.Application's
/// <c>AddWatchdogCore</c>/<c>AddWatchdogWorkers</c>, which call these.
/// </summary>
public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// Options (validated at start), stores, search index, fetcher, stages and metrics. Enough for the web API and
    /// the CLI to read and write; nothing runs in the background until <see cref="AddWatchdogPipelineWorkers"/>.
    /// </summary>
    public static IServiceCollection AddWatchdogPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WatchdogOptions>()
            .Bind(configuration.GetSection(WatchdogOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WatchdogOptions>, WatchdogOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => RegionalSettings.Resolve(
            sp.GetRequiredService<IOptions<WatchdogOptions>>().Value, sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RegionalSettings))));
        services.TryAddSingleton<PipelineMetrics>();
        services.TryAddSingleton<WorkSignal>();
        AddStores(services);
        services.TryAddSingleton(sp => new HttpFetcher(
            sp.GetRequiredService<IOptions<WatchdogOptions>>().Value.Fetcher.ToFetcherOptions(),
            new RobotsCache(time: sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<HttpFetcher>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<SourceTitles>();
        services.TryAddSingleton<SourceRegistry>();
        services.TryAddSingleton<Preview.SourcePreviewer>();
        AddStages(services);
        WatchServiceRegistration.AddWatchServices(services);
        Guard.LeakWatchServiceRegistration.AddLeakWatchServices(services);
        Entities.EntityServiceRegistration.AddEntityServices(services);
        return services;
    }

    private static void AddStores(IServiceCollection services)
    {
        // Opened on first use, not at registration, so `--help` and config errors never touch the data folder.
        services.TryAddSingleton(sp => StoreSet.OpenAsync(
                sp.GetRequiredService<IOptions<WatchdogOptions>>().Value, sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<StoreSet>(),
                (sp.GetService<StoreAccess>() ?? StoreAccess.WriterIfFree).Index, CancellationToken.None)
            .GetAwaiter().GetResult());
        services.TryAddSingleton(sp => sp.GetRequiredService<StoreSet>().Sources);
        services.TryAddSingleton(sp => sp.GetRequiredService<StoreSet>().Articles);
        services.TryAddSingleton(sp => sp.GetRequiredService<StoreSet>().UrlStates);
        services.TryAddSingleton(sp => sp.GetRequiredService<StoreSet>().FetchLog);
        services.TryAddSingleton(sp => sp.GetRequiredService<StoreSet>().Queue);
        services.TryAddSingleton(sp => sp.GetRequiredService<StoreSet>().Raw);
        services.TryAddSingleton<ISearchIndex>(sp => new BorrowedSearchIndex(sp.GetRequiredService<StoreSet>().Search));
    }

    private static void AddStages(IServiceCollection services)
    {
        services.TryAddSingleton<TrackedFetcher>();
        services.TryAddSingleton<SourceHealthRecorder>();
        services.TryAddSingleton<ArticleIndexer>();
        services.TryAddSingleton(sp => sp.GetRequiredService<StoreSet>().Stories
            ?? throw new InvalidOperationException("The configured store keeps no stories."));
        services.TryAddSingleton<Stages.Stories.StoryAssigner>();
        services.TryAddSingleton<RefreshSourceStage>();
        services.TryAddSingleton<FetchArticleStage>();
        services.TryAddSingleton<ArticleReprocessor>();
        services.TryAddSingleton<SearchIndexRebuild>();
        services.TryAddSingleton<Import.ArticleImporter>();
        services.AddSingleton(sp => StageBinding.For(WorkKinds.RefreshSource, sp.GetRequiredService<RefreshSourceStage>()));
        services.AddSingleton(sp => StageBinding.For(WorkKinds.FetchArticle, sp.GetRequiredService<FetchArticleStage>()));
        Social.SocialServiceRegistration.AddSocialServices(services);
        services.TryAddSingleton(sp => new PipelineHost(
            sp.GetRequiredService<IWorkQueue>(), sp.GetServices<StageBinding>(), sp.GetRequiredService<PipelineMetrics>(),
            sp.GetRequiredService<WorkSignal>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<WatchdogOptions>>().Value.Pipeline, sp.GetRequiredService<ILogger<PipelineHost>>()));
    }

    /// <summary>
    /// The pipeline's background work: the scheduler, the pipeline host (refresh and fetch stages), the indexer loop,
    /// alert delivery, the language-model warm-up and the entity backfill.
    /// </summary>
    public static IServiceCollection AddWatchdogPipelineWorkers(this IServiceCollection services)
    {
        services.AddHostedService<SchedulerService>();
        services.AddHostedService<PipelineWorker>();
        services.AddHostedService<IndexerLoop>();
        services.AddHostedService<IndexReconcileService>();
        services.AddHostedService<StoryAssignerLoop>();
        services.AddHostedService<AlertDeliveryService>();
        services.AddHostedService<LanguageModelWarmup>();
        services.AddHostedService<Entities.EntityBackfillService>();
        return services;
    }
}
