namespace Watchdog.Collect.Robots;

/// <summary>A parsed robots.txt file (RFC 9309): its groups of rules and its sitemap lines.</summary>
public sealed record RobotsTxt(IReadOnlyList<RobotsGroup> Groups, IReadOnlyList<string> Sitemaps)
{
    /// <summary>
    /// RFC 9309 §2.5: crawlers must parse at least the first 500 KiB; anything beyond is ignored. 512 KiB read
    /// (bytes from the network or a file, characters of text) is never less than 500 KiB of the file.
    /// </summary>
    public const int MaxParsedBytes = 512 * 1024;

    public static RobotsTxt Empty { get; } = new([], []);

    /// <summary>Parses robots.txt text. Never fails: unknown and malformed lines are ignored, as the RFC asks.</summary>
    /// <param name="text">The file, or its first <see cref="MaxParsedBytes"/>; longer text is cut there.</param>
    /// <param name="truncated">True when <paramref name="text"/> is only the start of a longer file: its last,
    /// unfinished line is dropped rather than applied as a shorter rule.</param>
    public static RobotsTxt Parse(string text, bool truncated = false) => RobotsTxtParser.Parse(text, truncated);

    /// <summary>Reads at most <see cref="MaxParsedBytes"/> of a local file (UTF-8, BOM or not) and parses it, as the crawler does a fetched one.</summary>
    public static async Task<RobotsTxt> ReadFileAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        var buffer = new byte[MaxParsedBytes];
        var length = await file.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        var truncated = length == buffer.Length && file.ReadByte() >= 0;
        return Parse(System.Text.Encoding.UTF8.GetString(buffer, 0, length), truncated);
    }
}

/// <summary>One group: the user-agent lines that open it and the rules that follow.</summary>
public sealed record RobotsGroup(IReadOnlyList<string> Agents, IReadOnlyList<RobotsRule> Rules, TimeSpan? CrawlDelay);

/// <summary>An allow or disallow line. <see cref="Pattern"/> is the normalised path pattern (may hold * and a final $).</summary>
public sealed record RobotsRule(bool Allow, string Pattern, int Line)
{
    public override string ToString() => $"{(Allow ? "Allow" : "Disallow")}: {Pattern}";
}
