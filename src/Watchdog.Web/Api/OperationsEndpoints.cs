using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Queue;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Metrics;

namespace Watchdog.Web.Api;

/// <summary>Endpoints for operators and monitoring systems: <c>/healthz</c> and <c>/metrics</c> (Prometheus text format).</summary>
public static class OperationsEndpoints
{
    public const string PrometheusContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static IEndpointRouteBuilder MapOperationsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/healthz").WithTags("Operations");
        routes.MapGet("/metrics", RenderMetricsAsync).WithTags("Operations").WithName("Metrics").WithSummary("Prometheus metrics")
            .WithDescription("Counters per pipeline stage and outcome, plus queue and store gauges, in Prometheus text format.");
        return routes;
    }

    public static async Task<ContentHttpResult> RenderMetricsAsync(PipelineMetrics metrics, IWorkQueue queue, IArticleStore articles, CancellationToken ct)
    {
        var text = new StringBuilder(metrics.RenderPrometheus());
        AppendGauges(text, await queue.CountAsync(ct), await articles.CountAsync(ct));
        return TypedResults.Text(text.ToString(), PrometheusContentType);
    }

    /// <summary>Gauges the store knows and the in-process counters cannot: they survive restarts and cover every worker.</summary>
    public static void AppendGauges(StringBuilder text, QueueCounts queue, long articles)
    {
        text.Append("# HELP watchdog_queue_items Work items in the durable queue, by state.\n");
        text.Append("# TYPE watchdog_queue_items gauge\n");
        foreach (var (state, count) in new[] { ("pending", queue.Pending), ("leased", queue.Leased), ("done", queue.Done), ("quarantined", queue.Quarantined) })
        {
            text.Append(CultureInfo.InvariantCulture, $"watchdog_queue_items{{state=\"{state}\"}} {count}\n");
        }
        text.Append("# HELP watchdog_articles_stored Articles in the store.\n");
        text.Append("# TYPE watchdog_articles_stored gauge\n");
        text.Append(CultureInfo.InvariantCulture, $"watchdog_articles_stored {articles}\n");
    }
}
