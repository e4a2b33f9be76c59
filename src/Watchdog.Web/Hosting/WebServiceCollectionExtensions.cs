using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;
using Watchdog.Application.Reporting.Scheduling;
using Watchdog.Reports.Documents;
using Watchdog.Web.Api;
using Watchdog.Web.Auth;
using Watchdog.Web.Dashboard;
using Watchdog.Web.Governance;
using Watchdog.Web.Reporting;

namespace Watchdog.Web.Hosting;

/// <summary>The web layer's registrations and middleware, kept out of <see cref="WatchdogWebApp"/> so it reads as a table of contents.</summary>
public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddWatchdogWeb(this IServiceCollection services, TextWriter announce)
    {
        services.AddProblemDetails();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<UnreadableRequestHandler>();
        services.Configure<JsonOptions>(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // A request body's field the API does not know (say "query" for "q", or "limit" for "maxPerHour") is refused
            // rather than ignored: ignored, the request succeeds without what the caller meant, which reads as done.
            json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Watchdog API";
            document.Info.Description = "Sources to watch, collected articles, full-text search, statistics, trends and stories, exports and reports, watchlists, standing queries and their alerts, site audits, users and the audit log. When authentication is on, send Authorization: Bearer <token>.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        services.TryAddSingleton(_ => new PdfPrintQueue(new PdfReportPrinter()));
        services.AddReportSchedulerOnDemand();
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<AddressAnnouncer>(provider, announce));
        return services;
    }

    public static WebApplication MapWatchdogWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseApiAccess();
        app.UseDashboard();
        app.MapOpenApi();
        // A self-hosted monitoring tool must not phone home: no telemetry, no hosted AI agent, no SDK upsell.
        app.MapScalarApiReference(options => options.WithTitle("Watchdog API").DisableTelemetry().DisableAgent().HideClientButton().HideDeveloperTools());
        app.MapSourcesApi();
        app.MapArticlesApi();
        app.MapSearchApi();
        app.MapStatsApi();
        app.MapSettingsApi();
        app.MapTrendsApi();
        app.MapStoriesApi();
        app.MapEntitiesApi();
        app.MapExportApi();
        app.MapReportsApi();
        app.MapReportSchedulesApi();
        app.MapGuardApi();
        app.MapLeaksApi();
        app.MapWatchlistsApi();
        app.MapQueriesApi();
        app.MapAlertsApi();
        app.MapMatchApi();
        app.MapUsersApi();
        app.MapAuditApi();
        app.MapOperationsEndpoints();
        return app;
    }
}
