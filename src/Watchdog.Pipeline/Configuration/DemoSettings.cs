namespace Watchdog.Pipeline.Configuration;

/// <summary>The offline demo's sample web (<c>watchdog up --demo</c>): where it listens and how lively it is.</summary>
public sealed class DemoSettings
{
    /// <summary>
    /// The news sites listen on this port and the next three, the social platforms on this + 9 (5081–5084 and 5090 by
    /// default); <c>--demo-port</c> sets it, so two demos can run on one machine.
    /// </summary>
    public int Port { get; set; } = DefaultPort;

    public const int DefaultPort = 5081;

    /// <summary>A new report every few seconds: a newcomer watching the dashboard sees articles, alerts and stories grow.</summary>
    public Duration PublishEvery { get; set; } = Duration.FromSeconds(10);

    /// <summary>How often the demo sources are fetched: short, so published reports arrive within a minute or so.</summary>
    public Duration SourceInterval { get; set; } = Duration.FromMinutes(1);
}
