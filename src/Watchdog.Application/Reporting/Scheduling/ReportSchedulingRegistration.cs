using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Configuration;
using Watchdog.Application.Governance;
using Watchdog.Reports.Documents;
using Watchdog.Watch.Delivery;

namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>The report scheduler as a singleton (so tests and tools can call <see cref="ReportScheduler.RunDueAsync"/>) and as a hosted service.</summary>
public static class ReportSchedulingRegistration
{
    public static IServiceCollection AddReportScheduler(this IServiceCollection services)
    {
        services.TryAddSingleton(Create);
        services.AddHostedService(sp => sp.GetRequiredService<ReportScheduler>());
        return services;
    }

    /// <summary>
    /// The scheduler without its background loop, for a web process that runs no workers: the dashboard still lists
    /// the reports and sends one on demand, while the process with workers sends them on schedule.
    /// </summary>
    public static IServiceCollection AddReportSchedulerOnDemand(this IServiceCollection services)
    {
        services.TryAddSingleton(Create);
        return services;
    }

    private static ReportScheduler Create(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<WatchdogOptions>>().Value;
        var clock = sp.GetRequiredService<TimeProvider>();
        var smtp = options.Alerts.Smtp;
        // The poster enforces the timeout per call, so the client itself need not.
#pragma warning disable CA2000 // one client for the process's lifetime, held by the singleton report scheduler
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
#pragma warning restore CA2000
        var builder = new ReportBuilder(
            sp.GetRequiredService<ISearchIndex>(), sp.GetRequiredService<IArticleStore>(), sp.GetRequiredService<ISourceStore>(),
            sp.GetRequiredService<Core.Stories.IStoryStore>(), clock);
        return new ReportScheduler(
            ScheduledReportParser.Parse(options.Reports, smtp.IsConfigured).Reports,
            new ScheduledReportRenderer(builder, new PdfReportPrinter(), sp.GetRequiredService<Core.Localization.UiLocale>()),
            new ReportSender(smtp.IsConfigured ? new SmtpMailSender(smtp.ToSmtpOptions()) : null, new SignedWebhookPoster(http, options.Alerts.WebhookTimeout.Value)),
            ReportStateFile.InDataFolder(options.DataFolder),
            sp.GetRequiredService<AuditTrail>(),
            DeliveryRetryPolicy.Default,
            clock,
            sp.GetRequiredService<ILogger<ReportScheduler>>());
    }
}
