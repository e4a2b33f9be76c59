using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Watchdog.Collect.Fetching;
using Watchdog.Collect.Robots;

namespace Watchdog.Cli.CommandLine;

/// <summary>Reads the robots.txt that `robots check` was pointed at: a local file, or fetched the way the crawler fetches it.</summary>
public static class RobotsLoader
{
    public static async Task<RobotsPolicy> LoadAsync(ParseResult parse, string fileOrUrl, CancellationToken ct)
    {
        if (Uri.TryCreate(fileOrUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            // Same fetcher and RFC 9309 rules as the crawler: 4xx means allow all, 5xx or unreachable means disallow all.
            await using var services = CliServices.Open(parse);
            return await services.GetRequiredService<HttpFetcher>().GetRobotsPolicyAsync(url, ct);
        }
        if (!File.Exists(fileOrUrl)) throw new UsageException($"'{fileOrUrl}' is neither a robots.txt file nor an http(s) URL.");
        return RobotsPolicy.FromRobotsTxt(await RobotsTxt.ReadFileAsync(fileOrUrl, ct));
    }
}
