namespace Watchdog.SampleWeb;

public sealed record SampleWebOptions
{
    /// <summary>
    /// 0 gives every site a free port (tests). Otherwise site <c>i</c> of <see cref="SampleSites.All"/> listens on
    /// <c>BasePort + i</c>, so the demo's stored source URLs stay valid across restarts.
    /// </summary>
    public int BasePort { get; init; }

    /// <summary>The conventional fixed ports of the offline demo (5081–5084).</summary>
    public const int DemoBasePort = 5081;
}
