using Watchdog.Collect.Fetching;

namespace Watchdog.Guard.Audit;

/// <summary>Settings of <see cref="SiteAuditor"/>.</summary>
public sealed record SiteAuditOptions
{
    public static readonly string DefaultUserAgent = $"{FetcherOptions.DefaultUserAgent} site-audit (passive; GET only)";

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>Limit for one request.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Bytes of each body read; enough for every signature and for the soft-404 comparison.</summary>
    public int MaxBodyBytes { get; init; } = 64 * 1024;

    /// <summary>Redirects followed from the site URL to its home page.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Port of the plain-HTTP site checked for a redirect to HTTPS (80; tests use another).</summary>
    public int PlainHttpPort { get; init; } = 80;

    /// <summary>Audit sites on loopback and private networks (the operator's intranet, tests).</summary>
    public bool AllowPrivateAddresses { get; init; }
}
