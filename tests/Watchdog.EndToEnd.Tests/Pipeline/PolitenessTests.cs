using Watchdog.Core.Sources;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.SampleWeb;

namespace Watchdog.EndToEnd.Tests.Pipeline;

public sealed class PolitenessTests
{
    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_per_host_delay()
    {
        var delay = TimeSpan.FromMilliseconds(300);
        await using var web = new SampleWebServer();
        await web.StartAsync(CancellationToken.None);
        await using var watchdog = await PipelineHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Watchdog:Fetcher:PerHostDelay"] = "300ms",
            ["Watchdog:Pipeline:Concurrency"] = "4",
        });
        var site = web.Site(SampleSites.RussianNews);
        var source = (await watchdog.AddSourceAsync(site.Url("/rss.xml"), SourceKind.Feed)).Source;

        await watchdog.WaitForIdleAsync(source.Id);

        var times = web.RequestLog.ForSite(site.Name).Select(r => r.At).Order().ToList();
        Assert.True(times.Count >= 5, $"only {times.Count} requests were made");
        // Timestamps are taken when the server sees the request, a little after the fetcher's slot opened; allow for that jitter.
        var tolerance = TimeSpan.FromMilliseconds(30);
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= delay - tolerance, $"two requests only {gap.TotalMilliseconds:F0} ms apart"));
    }
}
