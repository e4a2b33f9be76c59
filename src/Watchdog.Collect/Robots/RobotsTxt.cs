namespace Watchdog.Collect.Robots;

/// <summary>A parsed robots.txt file (RFC 9309): its groups of rules and its sitemap lines.</summary>
public sealed record RobotsTxt(IReadOnlyList<RobotsGroup> Groups, IReadOnlyList<string> Sitemaps)
{
    /// <summary>RFC 9309 §2.5: crawlers must parse at least the first 500 KiB; anything beyond is ignored.</summary>
    public const int MaxParsedChars = 500 * 1024;

    public static RobotsTxt Empty { get; } = new([], []);

    /// <summary>Parses robots.txt text. Never fails: unknown and malformed lines are ignored, as the RFC asks.</summary>
    public static RobotsTxt Parse(string text) => RobotsTxtParser.Parse(text);
}

/// <summary>One group: the user-agent lines that open it and the rules that follow.</summary>
public sealed record RobotsGroup(IReadOnlyList<string> Agents, IReadOnlyList<RobotsRule> Rules, TimeSpan? CrawlDelay);

/// <summary>An allow or disallow line. <see cref="Pattern"/> is the normalised path pattern (may hold * and a final $).</summary>
public sealed record RobotsRule(bool Allow, string Pattern, int Line)
{
    public override string ToString() => $"{(Allow ? "Allow" : "Disallow")}: {Pattern}";
}
