using DnsClient;

namespace Watchdog.Guard.Control;

/// <summary>TXT records from the system's resolvers (DnsClient: .NET has no TXT lookup of its own).</summary>
public sealed class DnsTxtLookup : ITxtLookup
{
    // Made on first use: a machine without configured name servers must still start, and only lose the DNS proof.
    private readonly Lazy<LookupClient> _client = new(() => new LookupClient(new LookupClientOptions { UseCache = false, Timeout = TimeSpan.FromSeconds(5), Retries = 1 }));

    public async Task<IReadOnlyList<string>> LookupAsync(string host, CancellationToken ct)
    {
        try
        {
            var response = await _client.Value.QueryAsync(host, QueryType.TXT, cancellationToken: ct);
            return [.. response.Answers.TxtRecords().Select(r => string.Concat(r.Text))];
        }
        catch (Exception e) when (e is DnsResponseException or InvalidOperationException or ArgumentException)
        {
            // No answer, or no resolver to ask: no record proves control (the explanation says none was found).
            return [];
        }
    }
}
