using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watchdog.Analysis.Languages;

namespace Watchdog.Pipeline.Hosting;

/// <summary>
/// Loads the language models articles need when the service starts instead of on the first article: Lingua reads its
/// trigram models and Watchdog trains its own on first use, seconds of work that would otherwise land on the first
/// article or request. Lingua's other n-gram orders (≈ 240 MB for both scripts' languages) load only when a short text
/// needs them (a short social post, a query check in the dashboard, which then waits for them once): a service that
/// ingests articles alone never loads them, and loading them at start was most of its memory (README, Memory).
/// </summary>
internal sealed class LanguageModelWarmup(ILogger<LanguageModelWarmup> logger) : BackgroundService
{
    /// <summary>One article-length paragraph per script: scoring each touches the trigram models of every language of that script.</summary>
    private static readonly string[] Samples =
    [
        "Кеше Алматыда жаңа саябақ ашылды. Қала әкімі саябақтың құрылысына екі жыл кеткенін, ал ағаштардың көбін тұрғындардың өздері отырғызғанын айтты. Келесі жылы қаланың басқа аудандарында да осындай үш саябақ ашылмақ.",
        "The city council approved the new budget after a long debate about schools, roads and the hospital that residents have been asking for since the old one closed. The mayor said work on the hospital would start in the spring.",
    ];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var clock = Stopwatch.StartNew();
        foreach (var sample in Samples) LanguageDetector.Default.Detect(sample);
        logger.LogInformation("Language models loaded in {Milliseconds} ms", clock.ElapsedMilliseconds);
    }, stoppingToken);
}
