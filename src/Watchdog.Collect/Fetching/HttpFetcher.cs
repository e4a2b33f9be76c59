using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Watchdog.Collect.Robots;
using Watchdog.Core.Fetching;

namespace Watchdog.Collect.Fetching;

/// <summary>
/// Fetches one URL politely and safely. Per hop (the first request and each redirect):
/// 1. the URL must be http(s) and its host must resolve to addresses the options allow;
/// 2. robots.txt of that host must allow it (fetched once per host, cached);
/// 3. the host's concurrency slot and delay are awaited — or, for a first hop that <see cref="FetchRequest.MayDefer"/>
///    and a host whose turn is not near, nothing is sent and the result is <see cref="FetchOutcome.Deferred"/>;
/// 4. one GET is sent; a redirect loops back to 1, anything else is the result.
/// Thread-safe: one instance serves the whole pipeline. Failures come back as <see cref="FetchResult"/> values.
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    /// <summary>RFC 9309 §2.5: an oversize robots.txt is parsed up to the limit, not treated as unreachable.</summary>
    private static readonly BodyLimit RobotsLimit = new(RobotsTxt.MaxParsedBytes, KeepPrefix: true);

    /// <summary>An unreachable robots.txt means "disallow all"; try again sooner than a good file's 24 hours.</summary>
    private static readonly TimeSpan FailedRobotsLifetime = TimeSpan.FromMinutes(10);

    private readonly FetcherOptions _options;
    private readonly RobotsCache _robots;
    private readonly ILogger _logger;
    private readonly HttpClient _client;
    private readonly HopSender _sender;
    private readonly HostThrottle _throttle;
    private readonly string _robotsAgent;

    public HttpFetcher(FetcherOptions options, RobotsCache? robots = null, ILogger? logger = null, TimeProvider? time = null)
    {
        var problems = options.Validate();
        if (problems.Count > 0) throw new ArgumentException("Invalid fetcher options: " + string.Join(" ", problems), nameof(options));
        _options = options;
        _robots = robots ?? new RobotsCache();
        _logger = logger ?? NullLogger.Instance;
        time ??= TimeProvider.System;
#pragma warning disable CA2000 // the HttpClient below owns the handler and disposes it with itself
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
            ConnectCallback = (context, ct) => AddressGuard.ConnectAsync(context.DnsEndPoint, options, ct),
        };
#pragma warning restore CA2000
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _sender = new HopSender(_client, options, time);
        _throttle = new HostThrottle(options.PerHostConcurrency, time);
        _robotsAgent = options.UserAgent.Split('/')[0];
    }

    /// <summary>Fetches the URL, following redirects. An <see cref="FetchOutcome.Unchanged"/> result carries no body.</summary>
    /// <exception cref="OperationCanceledException">Only when <paramref name="ct"/> is cancelled; every other failure is a result.</exception>
    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await FollowAsync(request, _options.RespectRobots, new BodyLimit(_options.MaxBytes), ct);
        result = result with { RequestedUrl = request.Url, Elapsed = stopwatch.Elapsed };
        _logger.LogDebug("Fetched {Url}: {Outcome} {Status} in {ElapsedMs} ms {Error}", SecretQuery.Redact(request.Url), result.Outcome, result.StatusCode, (long)result.Elapsed.TotalMilliseconds, result.Error);
        return result;
    }

    /// <summary>The robots policy for the URL's host (fetched and cached as needed), e.g. to read its sitemaps.</summary>
    public Task<RobotsPolicy> GetRobotsPolicyAsync(Uri url, CancellationToken ct) => _robots.GetOrLoadAsync(url, _ => LoadRobotsAsync(url), ct);

    public void Dispose() => _client.Dispose();

    private async Task<FetchResult> FollowAsync(FetchRequest request, bool checkRobots, BodyLimit limit, CancellationToken ct)
    {
        var url = request.Url;
        var visited = new List<Uri>();
        while (true)
        {
            if (!IsFetchable(url)) return Failure(url, FetchOutcome.InvalidUrl, $"'{url.OriginalString}' is not an absolute http or https URL");
            var blocked = await CheckAddressAsync(url, ct);
            if (blocked is not null) return blocked;

            var delay = TimeSpan.FromTicks(Math.Max(_options.PerHostDelay.Ticks, PlatformRateLimits.MinimumDelay(url.Host).Ticks));
            if (checkRobots)
            {
                var policy = await GetRobotsPolicyAsync(url, ct);
                var verdict = policy.Evaluate(_robotsAgent, url);
                if (!verdict.Allowed)
                {
                    var where = verdict.Line is { } line ? $" (robots.txt line {line})" : "";
                    return Failure(url, FetchOutcome.DisallowedByRobots, $"robots.txt forbids {url.AbsolutePath}: {verdict.MatchedRule}{where}");
                }
                if (_options.RespectCrawlDelay && policy.CrawlDelay(_robotsAgent) is { } crawlDelay)
                {
                    delay = TimeSpan.FromTicks(Math.Max(delay.Ticks, Math.Min(crawlDelay.Ticks, _options.MaxCrawlDelay.Ticks)));
                }
            }

            // Only the first hop may be put off: a redirect's next hop follows a request already sent, which a later
            // try would have to send again, so it waits for its host's turn.
            var patience = request.MayDefer && visited.Count == 0 ? HostThrottle.MaxWaitInPlace : (TimeSpan?)null;
            var entry = await _throttle.EnterAsync(RobotsCache.KeyFor(url), delay, patience, ct);
            if (entry.ComeBackAt is { } comeBack)
            {
                return Failure(url, FetchOutcome.Deferred, $"{RobotsCache.KeyFor(url)} is not free before {comeBack:O}") with { DeferredUntil = comeBack };
            }
            HopResult hop;
            using (entry.Lease)
            {
                hop = await _sender.SendAsync(url, request, limit, ct);
            }
            if (hop.RedirectTo is null) return hop.Final! with { FinalUrl = url };

            visited.Add(url);
            var next = hop.RedirectTo;
            if (visited.Contains(next)) return Failure(url, FetchOutcome.TooManyRedirects, "redirect loop: " + string.Join(" → ", visited.Append(next)));
            if (visited.Count > _options.MaxRedirects) return Failure(url, FetchOutcome.TooManyRedirects, $"more than {_options.MaxRedirects} redirects (last to {next})");
            url = next;
        }
    }

    private async Task<FetchResult?> CheckAddressAsync(Uri url, CancellationToken ct)
    {
        try
        {
            var reason = await AddressGuard.CheckHostAsync(url.IdnHost, _options, ct);
            return reason is null ? null : Failure(url, FetchOutcome.BlockedAddress, reason);
        }
        catch (System.Net.Sockets.SocketException e)
        {
            return Failure(url, FetchOutcome.NetworkError, $"host name {url.Host} not resolved: {e.SocketErrorCode}");
        }
    }

    private async Task<(RobotsPolicy, TimeSpan?)> LoadRobotsAsync(Uri url)
    {
        var robotsUrl = new Uri(url, "/robots.txt");
        var result = await FollowAsync(new FetchRequest(robotsUrl), checkRobots: false, RobotsLimit, CancellationToken.None);
        var policy = RobotsFetchRules.ToPolicy(result);
        _logger.LogInformation("robots.txt for {Host}: {Origin}", RobotsCache.KeyFor(url), policy.Origin);
        return (policy, result.Outcome == FetchOutcome.Ok || result.Outcome == FetchOutcome.ClientError ? null : FailedRobotsLifetime);
    }

    private static bool IsFetchable(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(url.Host);

    private static FetchResult Failure(Uri url, FetchOutcome outcome, string error) =>
        new() { RequestedUrl = url, FinalUrl = url, Outcome = outcome, Error = error };
}
