using System.Text;

namespace Watchdog.Guard.Audit.Capture;

/// <summary>One response as the audit saw it: status, headers (names case-insensitive) and the first bytes of the body.</summary>
public sealed record CapturedResponse(Uri Url, int Status, IReadOnlyDictionary<string, IReadOnlyList<string>> Headers, byte[] Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public bool IsRedirect => Status is 301 or 302 or 303 or 307 or 308;

    /// <summary>All values of a header, or empty.</summary>
    public IReadOnlyList<string> Values(string name) => Headers.TryGetValue(name, out var values) ? values : [];

    /// <summary>The header's values joined by ", " (as HTTP allows), or null when absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var values) && values.Count > 0 ? string.Join(", ", values) : null;

    /// <summary>The body read as UTF-8 (invalid bytes replaced), for signature checks.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>A response for tests and evaluators built from literal values.</summary>
    public static CapturedResponse Of(Uri url, int status, IEnumerable<KeyValuePair<string, string>> headers, string body = "") =>
        new(url, status,
            headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(h => h.Value)], StringComparer.OrdinalIgnoreCase),
            Encoding.UTF8.GetBytes(body));
}
