using System.Security.Cryptography;

namespace Watchdog.Guard.Control;

/// <summary>
/// How the operator proves they control a site before Watchdog audits it: they publish the site's token where only
/// someone running the site can, at <see cref="FilePath"/> or as a DNS TXT record <c>watchdog-verification=&lt;token&gt;</c>.
/// </summary>
public static class SiteVerification
{
    public const string FilePath = "/.well-known/watchdog-verification.txt";
    public const string DnsPrefix = "watchdog-verification=";
    public const string ByFile = "file";
    public const string ByDns = "dns";

    /// <summary>128 random bits: unguessable, so serving it shows control of the site and nothing else.</summary>
    public static string NewToken() => "wdv-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The file may hold several tokens (several Watchdog installations audit one site), one per line.</summary>
    public static bool FileProves(string? body, string token) =>
        body is not null && body.Split('\n').Any(line => string.Equals(line.Trim().TrimStart('\uFEFF'), token, StringComparison.Ordinal));

    public static bool TxtProves(IEnumerable<string> records, string token) =>
        records.Any(r => string.Equals(r.Trim(), DnsPrefix + token, StringComparison.Ordinal));

    /// <summary>What to tell someone whose site is not verified yet.</summary>
    public static string HowTo(Uri origin, string token) =>
        $"serve the token {token} at {new Uri(origin, FilePath)} (a text file holding the token), or publish a DNS TXT record " +
        $"\"{DnsPrefix}{token}\" on {origin.IdnHost}, then run `watchdog guard sites verify {SiteOrigin.Key(origin)}` (POST /api/guard/sites/verify)";
}
