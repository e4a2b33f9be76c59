namespace Watchdog.Collect.Robots;

/// <summary>The answer for one URL: allowed or not, and the rule (with its line in robots.txt) that decided.</summary>
public sealed record RobotsVerdict(bool Allowed, string? MatchedRule, int? Line);

/// <summary>
/// What a host's robots.txt lets an agent fetch. Built from a parsed file, or from the fetch status when there
/// is no file to read (RFC 9309 §2.3.1: 4xx means no restrictions, 5xx or unreachable means full disallow).
/// </summary>
public sealed class RobotsPolicy
{
    private readonly RobotsTxt _robots;
    private readonly bool? _blanket;

    private RobotsPolicy(RobotsTxt robots, bool? blanket, string origin)
    {
        _robots = robots;
        _blanket = blanket;
        Origin = origin;
    }

    /// <summary>Where the policy came from, e.g. "robots.txt" or "robots.txt returned 503: disallow all".</summary>
    public string Origin { get; }

    public IReadOnlyList<string> Sitemaps => _robots.Sitemaps;

    public static RobotsPolicy FromRobotsTxt(RobotsTxt robots) => new(robots, null, "robots.txt");

    public static RobotsPolicy AllowAll(string reason) => new(RobotsTxt.Empty, true, reason);

    public static RobotsPolicy DisallowAll(string reason) => new(RobotsTxt.Empty, false, reason);

    public RobotsVerdict Evaluate(string agent, Uri url)
    {
        if (_blanket is { } allowed) return new RobotsVerdict(allowed, Origin, null);
        var path = url.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);
        // The robots.txt file itself is always allowed (RFC 9309 §2.2.2).
        if (url.AbsolutePath == "/robots.txt") return new RobotsVerdict(true, null, null);
        path = RobotsPathMatcher.Normalise(path);

        RobotsRule? best = null;
        foreach (var rule in RulesFor(agent))
        {
            if (!RobotsPathMatcher.Matches(rule.Pattern, path)) continue;
            // Longest pattern wins; on a tie the allow rule wins (RFC 9309 §2.2.2).
            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow && !best.Allow))
            {
                best = rule;
            }
        }
        return best is null ? new RobotsVerdict(true, null, null) : new RobotsVerdict(best.Allow, best.ToString(), best.Line);
    }

    /// <summary>The crawl-delay of the group that applies to <paramref name="agent"/>, if it has one.</summary>
    public TimeSpan? CrawlDelay(string agent) => MatchingGroups(agent).Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null);

    private IEnumerable<RobotsRule> RulesFor(string agent) => MatchingGroups(agent).SelectMany(g => g.Rules);

    /// <summary>Every group naming the agent (they are merged, §2.2.1); if none does, every "*" group.</summary>
    private IReadOnlyList<RobotsGroup> MatchingGroups(string agent)
    {
        var token = ProductToken(agent);
        var named = _robots.Groups.Where(g => g.Agents.Any(a => string.Equals(ProductToken(a), token, StringComparison.OrdinalIgnoreCase))).ToList();
        return named.Count > 0 ? named : [.. _robots.Groups.Where(g => g.Agents.Any(a => a.Trim() == "*"))];
    }

    /// <summary>"Watchdog/1.0 (+https://…)" → "Watchdog": only the product token takes part in matching.</summary>
    private static string ProductToken(string agent)
    {
        agent = agent.Trim();
        var end = 0;
        while (end < agent.Length && (char.IsAsciiLetter(agent[end]) || agent[end] is '-' or '_')) end++;
        return end == 0 ? agent : agent[..end];
    }
}
