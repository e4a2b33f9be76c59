using Watchdog.Collect.Fetching;
using Watchdog.Core.Fetching;

namespace Watchdog.Guard.Control;

/// <summary>The outcome of one attempt to prove control: how it was proven, or what was tried and why it failed.</summary>
public sealed record ControlProof(bool Proven, string? Method, string Explanation);

/// <summary>Looks up the TXT records of a host name (an interface so the rule can be tested without a DNS server).</summary>
public interface ITxtLookup
{
    /// <returns>Every TXT record (strings of one record joined), or an empty list when there are none or the lookup failed.</returns>
    Task<IReadOnlyList<string>> LookupAsync(string host, CancellationToken ct);
}

/// <summary>
/// Checks whether a site publishes its verification token: one GET of <see cref="SiteVerification.FilePath"/> (no
/// redirects: the token must come from the origin itself; the fetcher's address rules apply), then DNS TXT on the host.
/// </summary>
public sealed class ControlProver(FetcherOptions fetcherOptions, ITxtLookup txt) : IDisposable
{
    /// <summary>A verification file is a line or a few; anything bigger is not one.</summary>
    private const long MaxFileBytes = 16 * 1024;

    private readonly HttpFetcher _fetcher = new(fetcherOptions with
    {
        RespectRobots = false, // the operator asked for this one request to their own site
        MaxRedirects = 0,
        MaxBytes = MaxFileBytes,
        PerHostDelay = TimeSpan.Zero,
    });

    public async Task<ControlProof> ProveAsync(Uri origin, string token, CancellationToken ct)
    {
        var fileUrl = new Uri(origin, SiteVerification.FilePath);
        var fetched = await _fetcher.FetchAsync(new FetchRequest(fileUrl), ct);
        if (fetched.Outcome == FetchOutcome.Ok && SiteVerification.FileProves(fetched.Text, token))
            return new ControlProof(true, SiteVerification.ByFile, $"{fileUrl} holds the token");
        var fileProblem = fetched.Outcome == FetchOutcome.Ok ? $"{fileUrl} does not hold the token" : $"{fileUrl}: {fetched.Error ?? fetched.Outcome.ToString()}";
        if (fetched.Outcome == FetchOutcome.BlockedAddress) return new ControlProof(false, null, fileProblem);

        if (System.Net.IPAddress.TryParse(origin.Host.Trim('[', ']'), out _)) return new ControlProof(false, null, $"{fileProblem}; an IP address has no DNS TXT records");
        var records = await txt.LookupAsync(origin.IdnHost, ct);
        return SiteVerification.TxtProves(records, token)
            ? new ControlProof(true, SiteVerification.ByDns, $"the DNS TXT records of {origin.IdnHost} hold the token")
            : new ControlProof(false, null, $"{fileProblem}; no DNS TXT record \"{SiteVerification.DnsPrefix}{token}\" on {origin.IdnHost}");
    }

    public void Dispose() => _fetcher.Dispose();
}
