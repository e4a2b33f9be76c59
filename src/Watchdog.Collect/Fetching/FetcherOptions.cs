using System.Reflection;

namespace Watchdog.Collect.Fetching;

/// <summary>Settings of <see cref="HttpFetcher"/>. Defaults are polite; benchmarks set the delays to zero.</summary>
public sealed record FetcherOptions
{
    public static readonly string DefaultUserAgent = $"Watchdog/{typeof(FetcherOptions).Assembly.GetName().Version?.ToString(3) ?? "0.1.0"}";

    /// <summary>Product token and version, e.g. "Watchdog/1.0.0"; the token is also the agent name matched in robots.txt.</summary>
    public string UserAgent { get; init; } = DefaultUserAgent;
    /// <summary>Where site owners can learn about this crawler; appended to the User-Agent as "(+url)".</summary>
    public string? ContactUrl { get; init; }
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;
    /// <summary>Limit for one response (headers and body), not counting the wait for the per-host slot.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    public int MaxRedirects { get; init; } = 5;
    /// <summary>Requests in flight to one host:port when <see cref="PerHostDelay"/> (and any crawl-delay) is zero.</summary>
    public int PerHostConcurrency { get; init; } = 2;
    /// <summary>Minimum time from the end of one request to the start of the next on the same host:port; while it is
    /// above zero, requests to one host run one at a time.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromSeconds(1);
    public bool RespectRobots { get; init; } = true;
    /// <summary>Also wait the Crawl-delay a site's robots.txt asks for (capped by <see cref="MaxCrawlDelay"/>).</summary>
    public bool RespectCrawlDelay { get; init; } = true;
    /// <summary>A hostile or mistaken robots.txt must not stall a worker for hours.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(30);
    public bool AllowLoopback { get; init; }
    public bool AllowPrivateNetworks { get; init; }
    /// <summary>Extra attempts after a failed connection (never after a response or a timeout).</summary>
    public int ConnectRetries { get; init; } = 1;

    public string UserAgentHeader => string.IsNullOrWhiteSpace(ContactUrl) ? UserAgent : $"{UserAgent} (+{ContactUrl})";

    /// <returns>Every problem with these settings, each a sentence naming the setting; empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(UserAgent)) problems.Add("UserAgent must not be empty.");
        if (ContactUrl is not null && !Uri.TryCreate(ContactUrl, UriKind.Absolute, out _)) problems.Add($"ContactUrl '{ContactUrl}' is not an absolute URL.");
        if (MaxBytes <= 0) problems.Add("MaxBytes must be positive.");
        if (Timeout <= TimeSpan.Zero) problems.Add("Timeout must be positive.");
        if (MaxRedirects < 0) problems.Add("MaxRedirects must not be negative.");
        if (PerHostConcurrency < 1) problems.Add("PerHostConcurrency must be at least 1.");
        if (PerHostDelay < TimeSpan.Zero) problems.Add("PerHostDelay must not be negative.");
        if (ConnectRetries is < 0 or > 5) problems.Add("ConnectRetries must be between 0 and 5.");
        return problems;
    }
}
