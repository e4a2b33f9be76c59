using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Watchdog.Collect.Fetching;
using Watchdog.Core.Fetching;
using Watchdog.Testing;

namespace Watchdog.Collect.Tests.Fetching;

public sealed class HttpFetcherTests : IAsyncLifetime
{
    private const string Russian = "Правительство опубликовало новые данные о росте экономики в этом году.";

    private TestWebServer _server = null!;

    static HttpFetcherTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task InitializeAsync() => _server = await TestWebServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static FetcherOptions LoopbackOptions => new()
    {
        AllowLoopback = true,
        PerHostDelay = TimeSpan.Zero,
        Timeout = TimeSpan.FromSeconds(5),
        ContactUrl = "https://watchdog.example/about",
        ConnectRetries = 0,
    };

    private async Task<FetchResult> FetchAsync(string path, FetcherOptions? options = null, Func<FetchRequest, FetchRequest>? configure = null)
    {
        using var fetcher = new HttpFetcher(options ?? LoopbackOptions);
        var request = new FetchRequest(_server.Url(path));
        return await fetcher.FetchAsync(configure?.Invoke(request) ?? request, CancellationToken.None);
    }

    [Fact]
    public async Task OkResponseCarriesBodyTextHashAndValidators()
    {
        _server.Map("/page", TestResponse.Text("<p>hello</p>").WithHeader("ETag", "\"v1\"").WithHeader("Last-Modified", "Tue, 03 Jun 2025 10:00:00 GMT"));
        var result = await FetchAsync("/page");
        Assert.Equal((FetchOutcome.Ok, 200, "<p>hello</p>", "\"v1\""), (result.Outcome, result.StatusCode, result.Text, result.ETag));
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 10, 0, 0, TimeSpan.Zero), result.LastModified);
        Assert.Equal(64, result.ContentHash!.Length);
    }

    [Fact]
    public async Task UserAgentNamesWatchdogAndTheContactUrl()
    {
        _server.Map("/page", TestResponse.Text("x"));
        await FetchAsync("/page");
        var agent = _server.RequestsTo("/page").Single().Header("User-Agent");
        Assert.Matches(@"^Watchdog/\d+\.\d+\.\d+ \(\+https://watchdog\.example/about\)$", agent);
    }

    [Fact]
    public async Task RedirectIsFollowedAndFinalUrlReported()
    {
        _server.Map("/old", TestResponse.Redirect("/new", 301)).Map("/new", TestResponse.Text("moved"));
        var result = await FetchAsync("/old");
        Assert.Equal((FetchOutcome.Ok, "moved"), (result.Outcome, result.Text));
        Assert.Equal(_server.Url("/new"), result.FinalUrl);
        Assert.Equal(_server.Url("/old"), result.RequestedUrl);
    }

    [Fact]
    public async Task RedirectLoopIsReportedAsTooManyRedirects()
    {
        _server.Map("/a", TestResponse.Redirect("/b")).Map("/b", TestResponse.Redirect("/a"));
        var result = await FetchAsync("/a");
        Assert.Equal(FetchOutcome.TooManyRedirects, result.Outcome);
        Assert.Contains("loop", result.Error, StringComparison.Ordinal);
        Assert.Single(_server.RequestsTo("/a"));
    }

    [Fact]
    public async Task RedirectChainLongerThanTheLimitStops()
    {
        for (var i = 0; i < 10; i++) _server.Map($"/r{i}", TestResponse.Redirect($"/r{i + 1}"));
        var result = await FetchAsync("/r0", LoopbackOptions with { MaxRedirects = 3 });
        Assert.Equal(FetchOutcome.TooManyRedirects, result.Outcome);
        Assert.Empty(_server.RequestsTo("/r5"));
    }

    [Fact]
    public async Task SlowServerTimesOut()
    {
        _server.Map("/slow", TestResponse.Text("late") with { Delay = TimeSpan.FromSeconds(10) });
        var result = await FetchAsync("/slow", LoopbackOptions with { Timeout = TimeSpan.FromMilliseconds(300) });
        Assert.Equal(FetchOutcome.Timeout, result.Outcome);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task HugeResponseIsCutOffAsTooLarge()
    {
        _server.Map("/huge", new TestResponse { StreamedBytes = 50L * 1024 * 1024, Headers = new Dictionary<string, string> { ["Content-Type"] = "text/plain" } });
        var result = await FetchAsync("/huge", LoopbackOptions with { MaxBytes = 1024 * 1024 });
        Assert.Equal((FetchOutcome.TooLarge, (byte[]?)null), (result.Outcome, result.Body));
    }

    [Fact]
    public async Task NotFoundIsAClientError()
    {
        var result = await FetchAsync("/missing");
        Assert.Equal((FetchOutcome.ClientError, 404), (result.Outcome, result.StatusCode));
        Assert.Contains("404", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InternalServerErrorIsAServerError()
    {
        _server.Map("/boom", TestResponse.StatusOnly(500));
        var result = await FetchAsync("/boom");
        Assert.Equal((FetchOutcome.ServerError, 500), (result.Outcome, result.StatusCode));
    }

    [Fact]
    public async Task TooManyRequestsWithRetryAfterSecondsIsRateLimited()
    {
        _server.Map("/busy", TestResponse.StatusOnly(429).WithHeader("Retry-After", "120"));
        var result = await FetchAsync("/busy");
        Assert.Equal((FetchOutcome.RateLimited, (TimeSpan?)TimeSpan.FromSeconds(120)), (result.Outcome, result.RetryAfter));
    }

    [Fact]
    public async Task ServiceUnavailableWithRetryAfterDateIsRateLimited()
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(10).ToString("r");
        _server.Map("/busy", TestResponse.StatusOnly(503).WithHeader("Retry-After", at));
        var result = await FetchAsync("/busy");
        Assert.Equal(FetchOutcome.RateLimited, result.Outcome);
        Assert.InRange(result.RetryAfter!.Value.TotalMinutes, 8, 10.1);
    }

    [Fact]
    public async Task ConditionalGetSendsValidatorsAndMaps304ToNotModified()
    {
        _server.Map("/feed", async context =>
        {
            context.Response.StatusCode = context.Request.Headers.IfNoneMatch == "\"v7\"" ? 304 : 200;
            await context.Response.WriteAsync("full body");
        });
        var since = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var result = await FetchAsync("/feed", configure: r => r with { ETag = "\"v7\"", LastModified = since });
        Assert.Equal(FetchOutcome.NotModified, result.Outcome);
        Assert.Equal("Thu, 02 Jan 2025 03:04:05 GMT", _server.RequestsTo("/feed").Single().Header("If-Modified-Since"));
    }

    [Fact]
    public async Task SameBodyDespiteChangedValidatorsIsUnchanged()
    {
        _server.Map("/liar", TestResponse.Text("same content").WithHeader("ETag", $"\"{Guid.NewGuid()}\""));
        var first = await FetchAsync("/liar");
        var second = await FetchAsync("/liar", configure: r => r with { ETag = first.ETag, PreviousContentHash = first.ContentHash });
        Assert.Equal((FetchOutcome.Ok, FetchOutcome.Unchanged), (first.Outcome, second.Outcome));
    }

    [Fact]
    public async Task GzipBodyIsDecompressed()
    {
        _server.Map("/gz", TestResponse.Bytes(Compress("gzipped text", s => new GZipStream(s, CompressionLevel.Fastest)), "text/plain").WithHeader("Content-Encoding", "gzip"));
        var result = await FetchAsync("/gz");
        Assert.Equal((FetchOutcome.Ok, "gzipped text"), (result.Outcome, result.Text));
    }

    [Fact]
    public async Task BrotliBodyIsDecompressed()
    {
        _server.Map("/br", TestResponse.Bytes(Compress("brotli text", s => new BrotliStream(s, CompressionLevel.Fastest)), "text/plain").WithHeader("Content-Encoding", "br"));
        var result = await FetchAsync("/br");
        Assert.Equal((FetchOutcome.Ok, "brotli text"), (result.Outcome, result.Text));
    }

    [Fact]
    public async Task Windows1251PageIsDecoded()
    {
        _server.Map("/cp1251", TestResponse.Bytes(Encoding.GetEncoding(1251).GetBytes($"<html><body>{Russian}</body></html>"), "text/html; charset=windows-1251"));
        var result = await FetchAsync("/cp1251");
        Assert.Equal("windows-1251", result.Charset);
        Assert.Contains(Russian, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Koi8RPageWithMetaCharsetIsDecoded()
    {
        _server.Map("/koi8", TestResponse.Bytes(Encoding.GetEncoding(20866).GetBytes($"<html><head><meta charset=koi8-r></head><body>{Russian}</body></html>"), "text/html"));
        var result = await FetchAsync("/koi8");
        Assert.Equal("koi8-r", result.Charset);
        Assert.Contains(Russian, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RobotsDisallowedPathIsNeverRequested()
    {
        _server.Map("/robots.txt", TestResponse.Text("User-agent: *\nDisallow: /private/\n", "text/plain"));
        _server.Map("/private/secret", TestResponse.Text("secret"));
        var result = await FetchAsync("/private/secret");
        Assert.Equal(FetchOutcome.DisallowedByRobots, result.Outcome);
        Assert.Contains("Disallow: /private/", result.Error, StringComparison.Ordinal);
        Assert.Empty(_server.RequestsTo("/private/secret"));
    }

    [Fact]
    public async Task RobotsServerErrorDisallowsEverything()
    {
        _server.Map("/robots.txt", TestResponse.StatusOnly(503));
        _server.Map("/page", TestResponse.Text("x"));
        var result = await FetchAsync("/page");
        Assert.Equal(FetchOutcome.DisallowedByRobots, result.Outcome);
        Assert.Empty(_server.RequestsTo("/page"));
    }

    [Fact]
    public async Task LoopbackNamesAreRefusedAndWhenAllowedReachTheMachineItself()
    {
        _server.Map("/page", TestResponse.Text("here"));
        var refused = await FetchAsync("/page", new FetcherOptions { ConnectRetries = 0 }, r => r with { Url = new Uri($"http://localhost.:{_server.BaseUri.Port}/page") });
        Assert.Equal(FetchOutcome.BlockedAddress, refused.Outcome);
        Assert.Empty(_server.RequestsTo("/page"));

        var allowed = await FetchAsync("/page", configure: r => r with { Url = new Uri($"http://news.localhost:{_server.BaseUri.Port}/page") });
        Assert.Equal((FetchOutcome.Ok, "here"), (allowed.Outcome, allowed.Text));
    }

    [Fact]
    public async Task OversizeRobotsIsParsedUpToTheLimitNotTreatedAsUnreachable()
    {
        // 1 MiB: the rule in the first 512 KiB applies, the one past the limit does not, and the file is no reason to stop.
        var robots = "User-agent: *\nDisallow: /early\n" + string.Concat(Enumerable.Repeat("# " + new string('f', 1021) + "\n", 1024)) + "Disallow: /late\n";
        _server.Map("/robots.txt", TestResponse.Text(robots, "text/plain"));
        _server.Map("/late", TestResponse.Text("x")).Map("/early", TestResponse.Text("x"));
        using var fetcher = new HttpFetcher(LoopbackOptions);
        Assert.Equal(FetchOutcome.Ok, (await fetcher.FetchAsync(new FetchRequest(_server.Url("/late")), CancellationToken.None)).Outcome);
        Assert.Equal(FetchOutcome.DisallowedByRobots, (await fetcher.FetchAsync(new FetchRequest(_server.Url("/early")), CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task RobotsNotFoundAllowsEverything()
    {
        _server.Map("/page", TestResponse.Text("x"));
        var result = await FetchAsync("/page");
        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Single(_server.RequestsTo("/robots.txt"));
    }

    [Fact]
    public async Task RobotsIsFetchedOncePerHost()
    {
        _server.Map("/robots.txt", TestResponse.Text("User-agent: *\nAllow: /\n", "text/plain"));
        _server.Map("/a", TestResponse.Text("a")).Map("/b", TestResponse.Text("b"));
        using var fetcher = new HttpFetcher(LoopbackOptions);
        await Task.WhenAll(fetcher.FetchAsync(new FetchRequest(_server.Url("/a")), CancellationToken.None), fetcher.FetchAsync(new FetchRequest(_server.Url("/b")), CancellationToken.None));
        Assert.Single(_server.RequestsTo("/robots.txt"));
    }

    [Fact]
    public async Task PerHostDelaySpacesRequests()
    {
        var delay = TimeSpan.FromMilliseconds(300);
        for (var i = 0; i < 4; i++) _server.Map($"/p{i}", TestResponse.Text("x"));
        using var fetcher = new HttpFetcher(LoopbackOptions with { PerHostDelay = delay, PerHostConcurrency = 4 });
        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => fetcher.FetchAsync(new FetchRequest(_server.Url($"/p{i}")), CancellationToken.None)));
        var times = _server.Requests.Select(r => r.At).Order().ToList();
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        // Small tolerance for clock and scheduling jitter between the client's timer and the server's clock.
        Assert.All(gaps, gap => Assert.True(gap >= delay - TimeSpan.FromMilliseconds(30), $"gap {gap.TotalMilliseconds} ms"));
    }

    [Fact]
    public async Task A_fetch_that_may_come_back_later_sends_nothing_while_its_host_waits_out_the_delay()
    {
        _server.Map("/a", TestResponse.Text("a")).Map("/b", TestResponse.Text("b"));
        using var fetcher = new HttpFetcher(LoopbackOptions with { PerHostDelay = TimeSpan.FromSeconds(5), RespectRobots = false });
        await fetcher.FetchAsync(new FetchRequest(_server.Url("/a")), CancellationToken.None);

        var before = DateTimeOffset.UtcNow;
        var deferred = await fetcher.FetchAsync(new FetchRequest(_server.Url("/b")) { MayDefer = true }, CancellationToken.None);

        Assert.Equal(FetchOutcome.Deferred, deferred.Outcome);
        Assert.InRange(deferred.DeferredUntil!.Value, before.AddSeconds(4), before.AddSeconds(6));
        Assert.Empty(_server.RequestsTo("/b"));
        Assert.True(deferred.Elapsed < HostThrottle.MaxWaitInPlace * 2, $"waited {deferred.Elapsed.TotalMilliseconds:F0} ms before deferring");
    }

    [Fact]
    public async Task A_redirect_to_a_busy_host_waits_for_its_turn_rather_than_deferring_a_request_already_sent()
    {
        await using var target = await TestWebServer.StartAsync();
        target.Map("/x", TestResponse.Text("x")).Map("/p", TestResponse.Text("moved here"));
        _server.Map("/r", TestResponse.Redirect(target.Url("/p").AbsoluteUri));
        using var fetcher = new HttpFetcher(LoopbackOptions with { PerHostDelay = TimeSpan.FromSeconds(1), RespectRobots = false });
        await fetcher.FetchAsync(new FetchRequest(target.Url("/x")), CancellationToken.None);

        var result = await fetcher.FetchAsync(new FetchRequest(_server.Url("/r")) { MayDefer = true }, CancellationToken.None);

        Assert.Equal((FetchOutcome.Ok, "moved here"), (result.Outcome, result.Text));
        Assert.Single(_server.RequestsTo("/r"));
        var gap = target.RequestsTo("/p")[0].At - target.RequestsTo("/x")[0].At;
        Assert.True(gap >= TimeSpan.FromMilliseconds(970), $"the redirect's hop came {gap.TotalMilliseconds:F0} ms after the host's last request");
    }

    [Fact]
    public async Task Fetches_that_come_back_when_told_never_reach_one_host_closer_than_the_delay_nor_two_at_a_time()
    {
        var delay = TimeSpan.FromMilliseconds(300);
        int inFlight = 0, maxInFlight = 0;
        _server.Map("/robots.txt", TestResponse.Text("User-agent: *\nAllow: /\n", "text/plain"));
        _server.Map("/page", async context =>
        {
            InterlockedMax(ref maxInFlight, Interlocked.Increment(ref inFlight));
            await Task.Delay(40);
            Interlocked.Decrement(ref inFlight);
            await context.Response.WriteAsync("page");
        });
        using var fetcher = new HttpFetcher(LoopbackOptions with { PerHostDelay = delay, PerHostConcurrency = 4 });
        var deferrals = 0;

        // Eight workers, as a pipeline's, each fetching until its page came: a deferred one waits as told and tries again.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            while (true)
            {
                var result = await fetcher.FetchAsync(new FetchRequest(_server.Url($"/page?i={i}")) { MayDefer = true }, CancellationToken.None);
                if (result.Outcome != FetchOutcome.Deferred)
                {
                    Assert.Equal(FetchOutcome.Ok, result.Outcome);
                    return;
                }
                Interlocked.Increment(ref deferrals);
                var wait = result.DeferredUntil!.Value - DateTimeOffset.UtcNow;
                if (wait > TimeSpan.Zero) await Task.Delay(wait);
            }
        })));

        Assert.Equal(8, _server.RequestsTo("/page").Count);
        Assert.True(deferrals > 0, "no fetch was deferred: the host was never busy when asked");
        Assert.Equal(1, maxInFlight);
        var times = _server.Requests.Select(r => r.At).Order().ToList();
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        // Small tolerance for clock and scheduling jitter between the client's timer and the server's clock.
        Assert.All(gaps, gap => Assert.True(gap >= delay - TimeSpan.FromMilliseconds(30), $"gap {gap.TotalMilliseconds} ms"));
    }

    [Fact]
    public async Task PerHostConcurrencyLimitsRequestsInFlight()
    {
        int inFlight = 0, maxInFlight = 0;
        _server.Map("/work", async context =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            await Task.Delay(150);
            Interlocked.Decrement(ref inFlight);
            await context.Response.WriteAsync("done");
        });
        using var fetcher = new HttpFetcher(LoopbackOptions with { PerHostConcurrency = 2 });
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => fetcher.FetchAsync(new FetchRequest(_server.Url($"/work?i={i}")), CancellationToken.None)));
        Assert.Equal(2, maxInFlight);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    [Fact]
    public async Task RobotsCrawlDelaySpacesRequests()
    {
        _server.Map("/robots.txt", TestResponse.Text("User-agent: *\nCrawl-delay: 0.4\n", "text/plain"));
        _server.Map("/a", TestResponse.Text("a")).Map("/b", TestResponse.Text("b"));
        using var fetcher = new HttpFetcher(LoopbackOptions);
        await Task.WhenAll(fetcher.FetchAsync(new FetchRequest(_server.Url("/a")), CancellationToken.None), fetcher.FetchAsync(new FetchRequest(_server.Url("/b")), CancellationToken.None));
        var pages = _server.Requests.Where(r => r.Path != "/robots.txt").Select(r => r.At).Order().ToList();
        // The fetcher spaces the starts of the requests; the server sees their arrival, and the first one may arrive a
        // little late (it opens the connection), so a few milliseconds less than the delay is still the delay kept.
        // Without it the two requests would arrive together.
        Assert.True(pages[1] - pages[0] >= TimeSpan.FromMilliseconds(380), $"gap {(pages[1] - pages[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task RedirectTargetIsCheckedAgainstRobots()
    {
        _server.Map("/robots.txt", TestResponse.Text("User-agent: *\nDisallow: /private/\n", "text/plain"));
        _server.Map("/go", TestResponse.Redirect("/private/page")).Map("/private/page", TestResponse.Text("secret"));
        var result = await FetchAsync("/go");
        Assert.Equal(FetchOutcome.DisallowedByRobots, result.Outcome);
        Assert.Empty(_server.RequestsTo("/private/page"));
    }

    [Fact]
    public async Task CallerCancellationIsNotReportedAsATimeout()
    {
        _server.Map("/slow", TestResponse.Text("late") with { Delay = TimeSpan.FromSeconds(10) });
        using var fetcher = new HttpFetcher(LoopbackOptions);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchAsync(new FetchRequest(_server.Url("/slow")), cancel.Token));
    }

    [Fact]
    public async Task LoopbackIsRefusedUnlessAllowed()
    {
        _server.Map("/page", TestResponse.Text("x"));
        var result = await FetchAsync("/page", LoopbackOptions with { AllowLoopback = false });
        Assert.Equal(FetchOutcome.BlockedAddress, result.Outcome);
        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("ftp://example.com/file")]
    [InlineData("file:///etc/passwd")]
    public async Task NonHttpUrlIsInvalid(string url)
    {
        using var fetcher = new HttpFetcher(LoopbackOptions);
        var result = await fetcher.FetchAsync(new FetchRequest(new Uri(url)), CancellationToken.None);
        Assert.Equal(FetchOutcome.InvalidUrl, result.Outcome);
    }

    [Fact]
    public async Task RelativeUrlIsInvalid()
    {
        using var fetcher = new HttpFetcher(LoopbackOptions);
        var result = await fetcher.FetchAsync(new FetchRequest(new Uri("/just/a/path", UriKind.Relative)), CancellationToken.None);
        Assert.Equal(FetchOutcome.InvalidUrl, result.Outcome);
    }

    [Fact]
    public async Task ClosedPortIsANetworkError()
    {
        using var fetcher = new HttpFetcher(LoopbackOptions with { RespectRobots = false });
        var result = await fetcher.FetchAsync(new FetchRequest(new Uri("http://127.0.0.1:1/")), CancellationToken.None);
        Assert.Equal(FetchOutcome.NetworkError, result.Outcome);
        Assert.Contains("ConnectionRefused", result.Error, StringComparison.Ordinal);
    }

    private static byte[] Compress(string text, Func<Stream, Stream> wrap)
    {
        using var output = new MemoryStream();
        using (var compressor = wrap(output)) compressor.Write(Encoding.UTF8.GetBytes(text));
        return output.ToArray();
    }
}
