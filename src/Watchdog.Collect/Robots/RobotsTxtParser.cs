using System.Globalization;

namespace Watchdog.Collect.Robots;

/// <summary>Line-by-line robots.txt parser. Consecutive user-agent lines share one group (RFC 9309 §2.1).</summary>
internal static class RobotsTxtParser
{
    private static readonly char[] LineEnds = ['\r', '\n'];

    public static RobotsTxt Parse(string text, bool truncated)
    {
        if (text.Length > RobotsTxt.MaxParsedBytes)
        {
            text = text[..RobotsTxt.MaxParsedBytes];
            truncated = true;
        }
        // A line cut by the limit would apply as a shorter, different rule ("Disallow: /private-area" read as
        // "Disallow: /p"): keep only the lines that ended before the cut.
        if (truncated) text = text[..(text.LastIndexOfAny(LineEnds) + 1)];
        var groups = new List<RobotsGroup>();
        var sitemaps = new List<string>();
        var agents = new List<string>();
        var rules = new List<RobotsRule>();
        TimeSpan? crawlDelay = null;
        var lastWasAgent = false;

        void CloseGroup()
        {
            if (agents.Count > 0) groups.Add(new RobotsGroup([.. agents], [.. rules], crawlDelay));
            agents.Clear();
            rules.Clear();
            crawlDelay = null;
        }

        // RFC 9309 §2.2: lines end in CR, LF or CR LF.
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split(LineEnds);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!TrySplit(lines[i], out var key, out var value)) continue;
            switch (key)
            {
                case "user-agent":
                    if (!lastWasAgent) CloseGroup();
                    agents.Add(value);
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when agents.Count > 0:
                    // An empty value matches nothing (RFC 9309 §2.2.2), so it adds no rule.
                    if (value.Length > 0) rules.Add(new RobotsRule(key == "allow", RobotsPathMatcher.Normalise(value), i + 1));
                    break;
                case "crawl-delay" when agents.Count > 0:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds)
                    {
                        crawlDelay = TimeSpan.FromSeconds(seconds);
                    }
                    break;
                case "sitemap":
                    if (value.Length > 0) sitemaps.Add(value);
                    continue; // not part of any group, does not end the user-agent run either
            }
            lastWasAgent = false;
        }
        CloseGroup();
        return new RobotsTxt(groups, sitemaps);
    }

    private static bool TrySplit(string line, out string key, out string value)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) line = line[..hash];
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            key = value = "";
            return false;
        }
        key = line[..colon].Trim().ToLowerInvariant();
        value = line[(colon + 1)..].Trim();
        // Common misspellings that major crawlers accept.
        key = key switch
        {
            "useragent" or "user agent" => "user-agent",
            "dissallow" or "dissalow" or "disalow" or "disallaw" => "disallow",
            "site-map" => "sitemap",
            _ => key,
        };
        return true;
    }
}
