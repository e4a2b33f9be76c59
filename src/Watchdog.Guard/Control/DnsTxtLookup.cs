using DnsClient;

namespace Watchdog.Guard.Control;

/// <summary>TXT records from the system's resolvers (DnsClient: .NET has no TXT lookup of its own).</summary>
public sealed class DnsTxtLookup : ITxtLookup
{
    private readonly LookupClient _client = new(new LookupClientOptions { UseCache = false, Timeout = TimeSpan.FromSeconds(5), Retries = 1 });

    public async Task<IReadOnlyList<string>> LookupAsync(string host, CancellationToken ct)
    {
        try
        {
            var response = await _client.QueryAsync(host, QueryType.TXT, cancellationToken: ct);
            return [.. response.Answers.TxtRecords().Select(r => string.Concat(r.Text))];
        }
        catch (DnsResponseException)
        {
            return [];
        }
    }
}
