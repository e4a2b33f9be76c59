using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Queue;
using Watchdog.Core.Search;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Metrics;
using Watchdog.Web.Api.Contracts;

namespace Watchdog.Web.Api;

/// <summary><c>/api/stats</c>: counts of stored articles, indexed documents, sources by status, queue and stage counters.</summary>
public static class StatsApi
{
    public static RouteGroupBuilder MapStatsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/stats").WithTags("Stats");
        api.MapGet("/", GetStatsAsync).WithName("GetStats").WithSummary("Counts of articles, sources, queue items and stage outcomes");
        return api;
    }

    public static async Task<Ok<StatsView>> GetStatsAsync(
        IArticleStore articles, ISearchIndex index, ISourceStore sources, IWorkQueue queue, PipelineMetrics metrics, CancellationToken ct)
    {
        var allSources = await sources.ListAsync(ct);
        var byStatus = Enum.GetValues<SourceStatus>().ToDictionary(s => s.ToString(), s => allSources.Count(x => x.Health.Status == s));
        return TypedResults.Ok(new StatsView(
            await articles.CountAsync(ct), await index.CountAsync(ct), allSources.Count, byStatus, await queue.CountAsync(ct), metrics.Snapshot()));
    }
}
