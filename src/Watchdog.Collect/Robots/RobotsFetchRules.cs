using Watchdog.Core.Fetching;

namespace Watchdog.Collect.Robots;

/// <summary>RFC 9309 §2.3.1: what a robots.txt fetch outcome means for crawling the host.</summary>
public static class RobotsFetchRules
{
    public static RobotsPolicy ToPolicy(FetchResult fetch) => fetch.Outcome switch
    {
        FetchOutcome.Ok => RobotsPolicy.FromRobotsTxt(RobotsTxt.Parse(fetch.Text ?? "", fetch.Truncated)),
        // "Unavailable" (4xx): no restrictions. Too many redirects may be treated the same (§2.3.1.2).
        FetchOutcome.ClientError => RobotsPolicy.AllowAll($"robots.txt returned {fetch.StatusCode}: allow all"),
        FetchOutcome.TooManyRedirects => RobotsPolicy.AllowAll("robots.txt redirects too often: allow all"),
        // 429 is a 4xx, but it says "come back later", not "there is no file": be polite and treat it as unreachable.
        _ => RobotsPolicy.DisallowAll($"robots.txt unreachable ({fetch.Outcome}{(fetch.StatusCode > 0 ? $" {fetch.StatusCode}" : "")}): disallow all"),
    };
}
