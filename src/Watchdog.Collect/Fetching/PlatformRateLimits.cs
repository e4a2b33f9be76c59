namespace Watchdog.Collect.Fetching;

/// <summary>
/// The least time between two requests to a platform that publishes a rate limit for clients without an account,
/// kept whatever the configured per-host delay (which may be lower, e.g. for one's own sites).
/// </summary>
public static class PlatformRateLimits
{
    /// <summary>Host (or parent domain) → minimum gap, from each platform's published limit.</summary>
    private static readonly (string Domain, TimeSpan Gap)[] Limits =
    [
        // Reddit: 10 queries per minute for clients that are not OAuth-authenticated (Data API terms, rate limits).
        ("reddit.com", TimeSpan.FromSeconds(6)),
        // Bluesky AppView: 3,000 requests per 5 minutes per IP address (docs.bsky.app, rate limits).
        ("bsky.app", TimeSpan.FromMilliseconds(100)),
        // VK API: 3 requests per second for methods called with a service token (dev.vk.com, API limits).
        ("api.vk.com", TimeSpan.FromMilliseconds(340)),
        // Mastodon servers allow 300 requests per 5 minutes per IP; mastodon.social is the common one. Other servers
        // get the configured per-host delay (1 s by default), which stays under that limit.
        ("mastodon.social", TimeSpan.FromSeconds(1)),
        // Telegram publishes no limit for t.me previews; at most one request a second keeps Watchdog a light visitor.
        ("t.me", TimeSpan.FromSeconds(1)),
    ];

    public static TimeSpan MinimumDelay(string host)
    {
        foreach (var (domain, gap) in Limits)
            if (host.Equals(domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase)) return gap;
        return TimeSpan.Zero;
    }
}
