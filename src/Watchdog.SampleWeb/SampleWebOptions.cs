namespace Watchdog.SampleWeb;

public sealed record SampleWebOptions
{
    /// <summary>
    /// 0 gives every site a free port (tests). Otherwise site <c>i</c> of <see cref="SampleSites.All"/> listens on
    /// <c>BasePort + i</c>, so the demo's stored source URLs stay valid across restarts.
    /// </summary>
    public int BasePort { get; init; }

    /// <summary>The offline demo's default base port (news sites on 5081–5084, social platforms on 5090).</summary>
    public const int DemoBasePort = 5081;
}
