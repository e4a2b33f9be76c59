namespace Watchdog.SampleWeb;

public sealed record SampleWebOptions
{
    /// <summary>
    /// 0 gives every site a free port (tests). Otherwise site <c>i</c> of <see cref="SampleSites.All"/> listens on
    /// <c>BasePort + i</c>, so the demo's stored source URLs stay valid across restarts
    /// (the demo's base is <c>Watchdog:DemoWeb:Port</c>, 5081 unless set).
    /// </summary>
    public int BasePort { get; init; }
}
