namespace Watchdog.Core.Sources;

/// <summary>A public source the operator asked Watchdog to watch.</summary>
public sealed record Source
{
    public long Id { get; init; }
    public required Uri Url { get; init; }
    public SourceKind Kind { get; init; } = SourceKind.Auto;
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(10);
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Title { get; init; }
    public CrawlLimits Limits { get; init; } = CrawlLimits.Default;
    public DateTimeOffset CreatedAt { get; init; }
    public SourceHealth Health { get; init; } = SourceHealth.New;
}

/// <summary>
/// How a source is read. <see cref="Auto"/> is resolved on first fetch (feed, sitemap, or page with discovery). The kinds
/// after <see cref="Sitemap"/> are public social platforms and forums, read post by post (Watchdog.Collect/Social).
/// </summary>
public enum SourceKind { Auto, Feed, Page, Sitemap, Telegram, Mastodon, Bluesky, YouTube, Reddit, Vk, Discourse, Forum }

/// <summary>Bounds for following links from a section page or a sitemap, so one source cannot crawl a whole site.</summary>
public sealed record CrawlLimits(int MaxDepth, int MaxPagesPerRun, string? IncludePattern, string? ExcludePattern)
{
    public static CrawlLimits Default { get; } = new(MaxDepth: 1, MaxPagesPerRun: 50, IncludePattern: null, ExcludePattern: null);
}
