using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watchdog.Analysis.Languages;

namespace Watchdog.Pipeline.Hosting;

/// <summary>
/// Loads the language models when the service starts instead of on the first article or query check: Lingua reads
/// its n-gram models and Watchdog trains its own on first use, seconds of work that would otherwise land on the
/// first request a user makes (a query check in the dashboard waited 5 s on an idle machine).
/// </summary>
internal sealed class LanguageModelWarmup(ILogger<LanguageModelWarmup> logger) : BackgroundService
{
    /// <summary>A sentence is enough: scoring it touches every language's models.</summary>
    private const string Sample = "Кеше Алматыда жаңа саябақ ашылды.";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var clock = Stopwatch.StartNew();
        LanguageDetector.Default.Detect(Sample);
        logger.LogInformation("Language models loaded in {Milliseconds} ms", clock.ElapsedMilliseconds);
    }, stoppingToken);
}
