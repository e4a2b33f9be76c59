using Microsoft.Extensions.Diagnostics.HealthChecks;
using Watchdog.Core.Queue;

namespace Watchdog.Web.Hosting;

/// <summary>Healthy when the store answers a cheap query; <c>/healthz</c> reports it.</summary>
internal sealed class StoreHealthCheck(IWorkQueue queue) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var counts = await queue.CountAsync(ct);
            return HealthCheckResult.Healthy($"store reachable; {counts.Pending} pending, {counts.Quarantined} quarantined work items");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the store does not answer", e);
        }
    }
}
