using Watchdog.Collect.Robots;

namespace Watchdog.Collect.Tests.Robots;

public sealed class RobotsCacheTests
{
    private sealed class ManualTime(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly Uri Page = new("https://e.com/a/b");

    [Fact]
    public async Task SecondLookupForTheSameHostUsesTheCache()
    {
        var cache = new RobotsCache();
        var loads = 0;
        Task<(RobotsPolicy, TimeSpan?)> Load(CancellationToken _) { loads++; return Task.FromResult((RobotsPolicy.AllowAll("t"), (TimeSpan?)null)); }
        await cache.GetOrLoadAsync(Page, Load, CancellationToken.None);
        await cache.GetOrLoadAsync(new Uri("https://e.com/other"), Load, CancellationToken.None);
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task ExpiredEntryIsLoadedAgain()
    {
        var time = new ManualTime(DateTimeOffset.UnixEpoch);
        var cache = new RobotsCache(TimeSpan.FromHours(1), time);
        var loads = 0;
        Task<(RobotsPolicy, TimeSpan?)> Load(CancellationToken _) { loads++; return Task.FromResult((RobotsPolicy.AllowAll("t"), (TimeSpan?)null)); }
        await cache.GetOrLoadAsync(Page, Load, CancellationToken.None);
        time.Now += TimeSpan.FromHours(2);
        await cache.GetOrLoadAsync(Page, Load, CancellationToken.None);
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task ConcurrentLookupsShareOneLoad()
    {
        var cache = new RobotsCache();
        var loads = 0;
        var gate = new TaskCompletionSource();
        async Task<(RobotsPolicy, TimeSpan?)> Load(CancellationToken _) { Interlocked.Increment(ref loads); await gate.Task; return (RobotsPolicy.AllowAll("t"), null); }
        var all = Enumerable.Range(0, 8).Select(_ => cache.GetOrLoadAsync(Page, Load, CancellationToken.None)).ToList();
        gate.SetResult();
        await Task.WhenAll(all);
        Assert.Equal(1, loads);
    }

    [Fact]
    public void DifferentPortsAreDifferentHosts() =>
        Assert.NotEqual(RobotsCache.KeyFor(new Uri("http://e.com:8080/")), RobotsCache.KeyFor(new Uri("http://e.com/")));
}
