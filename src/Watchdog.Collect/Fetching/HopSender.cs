using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using Watchdog.Core.Fetching;
using Watchdog.Core.Text;

namespace Watchdog.Collect.Fetching;

/// <summary>What one request/response exchange produced: a final result, or a redirect to follow.</summary>
internal readonly record struct HopResult(FetchResult? Final, Uri? RedirectTo, int Status);

/// <summary>Sends one GET (no redirect following) and turns the response, or the failure, into a <see cref="HopResult"/>.</summary>
internal sealed class HopSender(HttpClient client, FetcherOptions options, TimeProvider time)
{
    private static readonly TimeSpan FirstRetryBackoff = TimeSpan.FromMilliseconds(200);

    public async Task<HopResult> SendAsync(Uri url, FetchRequest request, BodyLimit limit, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Timeout);
            try
            {
                using var message = BuildRequest(url, request);
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                return await ReadResponseAsync(url, request, response, limit, timeout.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return Fail(url, FetchOutcome.Timeout, $"no complete response within {options.Timeout.TotalSeconds:0.#} s");
            }
            catch (HttpRequestException e) when (FindInner<BlockedAddressException>(e) is { } blocked)
            {
                return Fail(url, FetchOutcome.BlockedAddress, blocked.Message);
            }
            catch (HttpRequestException e) when (attempt < options.ConnectRetries && FindInner<SocketException>(e) is not null)
            {
                // Only connection failures are retried: the request never reached the server, so a retry cannot double anything.
                await Task.Delay(FirstRetryBackoff * (1 << attempt), time, ct);
            }
            catch (HttpRequestException e)
            {
                return Fail(url, FetchOutcome.NetworkError, DescribeNetworkError(e));
            }
            catch (InvalidDataException e)
            {
                return Fail(url, FetchOutcome.NetworkError, $"corrupt compressed body: {e.Message}");
            }
        }
    }

    private HttpRequestMessage BuildRequest(Uri url, FetchRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("User-Agent", options.UserAgentHeader);
        message.Headers.TryAddWithoutValidation("Accept", "*/*");
        if (!string.IsNullOrEmpty(request.ETag) && EntityTagHeaderValue.TryParse(request.ETag, out var etag)) message.Headers.IfNoneMatch.Add(etag);
        if (request.LastModified is { } since) message.Headers.IfModifiedSince = since;
        return message;
    }

    private async Task<HopResult> ReadResponseAsync(Uri url, FetchRequest request, HttpResponseMessage response, BodyLimit limit, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var result = new FetchResult
        {
            RequestedUrl = url,
            FinalUrl = url,
            Outcome = FetchOutcome.Ok,
            StatusCode = status,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified,
        };
        if (ResponseRules.IsRedirect(status))
        {
            var location = response.Headers.Location;
            if (location is null) return new HopResult(result with { Outcome = FetchOutcome.ServerError, Error = $"HTTP {status} redirect without a Location header" }, null, status);
            return new HopResult(null, location.IsAbsoluteUri ? location : new Uri(url, location), status);
        }
        if (status == 304) return Final(result with { Outcome = FetchOutcome.NotModified });
        if (status == 429 || (status == 503 && response.Headers.RetryAfter is not null))
        {
            var retryAfter = ResponseRules.RetryAfter(response.Headers.RetryAfter, time.GetUtcNow());
            return Final(result with { Outcome = FetchOutcome.RateLimited, RetryAfter = retryAfter, Error = $"HTTP {status}: rate limited" + (retryAfter is { } r ? $", retry after {r.TotalSeconds:0} s" : "") });
        }
        if (status is >= 400 and < 500) return Final(result with { Outcome = FetchOutcome.ClientError, Error = $"HTTP {status} {response.ReasonPhrase}" });
        if (status >= 500) return Final(result with { Outcome = FetchOutcome.ServerError, Error = $"HTTP {status} {response.ReasonPhrase}" });
        if (status is < 200 or >= 300) return Final(result with { Outcome = FetchOutcome.UnsupportedContent, Error = $"unexpected HTTP {status}" });

        var (body, truncated) = await BodyReader.ReadAsync(response.Content, limit, ct);
        if (body is null) return Final(result with { Outcome = FetchOutcome.TooLarge, Error = $"body larger than the {limit.MaxBytes:N0}-byte limit" });
        result = result with { Truncated = truncated };
        var hash = Convert.ToHexStringLower(SHA256.HashData(body));
        result = result with { ContentHash = hash };
        if (string.Equals(hash, request.PreviousContentHash, StringComparison.OrdinalIgnoreCase)) return Final(result with { Outcome = FetchOutcome.Unchanged });
        if (!ResponseRules.IsTextual(response.Content.Headers.ContentType?.MediaType)) return Final(result with { Body = body });
        var decoded = CharsetDecoder.Decode(body, result.ContentType);
        return Final(result with { Body = body, Text = decoded.Text, Charset = decoded.Charset });

        static HopResult Final(FetchResult r) => new(r, null, r.StatusCode);
    }

    private static HopResult Fail(Uri url, FetchOutcome outcome, string error) =>
        new(new FetchResult { RequestedUrl = url, FinalUrl = url, Outcome = outcome, Error = error }, null, 0);

    private static T? FindInner<T>(Exception e) where T : Exception
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is T match) return match;
        }
        return null;
    }

    private static string DescribeNetworkError(HttpRequestException e) => FindInner<SocketException>(e) is { } socket
        ? $"connection failed: {socket.SocketErrorCode} ({socket.Message})"
        : e.HttpRequestError == HttpRequestError.NameResolutionError ? $"host name not found: {e.Message}" : $"network error: {e.Message}";
}
