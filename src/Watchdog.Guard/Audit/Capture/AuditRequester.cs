namespace Watchdog.Guard.Audit.Capture;

/// <summary>
/// Sends the audit's plain GET requests — one at a time, no redirect following, no cookies, a User-Agent that says
/// what it is — and captures status, headers and at most <see cref="SiteAuditOptions.MaxBodyBytes"/> of the body.
/// </summary>
internal sealed class AuditRequester(HttpClient client, SiteAuditOptions options)
{
    /// <returns>The response, or null with the reason when no response came.</returns>
    public async Task<(CapturedResponse? Response, string? Error)> GetAsync(Uri url, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
            request.Headers.TryAddWithoutValidation("Accept", "*/*");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var headers = response.Headers.Concat(response.Content.Headers)
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(h => h.Value)], StringComparer.OrdinalIgnoreCase);
            var body = await ReadPrefixAsync(response.Content, options.MaxBodyBytes, timeout.Token);
            return (new CapturedResponse(url, (int)response.StatusCode, headers, body), null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, $"no response within {options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return (null, e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message);
        }
    }

    // Only the start of a body is needed to recognise a file; the rest is never downloaded.
    private static async Task<byte[]> ReadPrefixAsync(HttpContent content, int maxBytes, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        var buffer = new byte[maxBytes];
        var read = 0;
        while (read < maxBytes)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), ct);
            if (n == 0) break;
            read += n;
        }
        return buffer[..read];
    }
}
