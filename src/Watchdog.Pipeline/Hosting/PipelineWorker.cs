using Microsoft.Extensions.Hosting;

namespace Watchdog.Pipeline.Hosting;

/// <summary>Runs the <see cref="PipelineHost"/> for as long as the application runs.</summary>
public sealed class PipelineWorker(PipelineHost host) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => host.RunAsync(stoppingToken);
}
