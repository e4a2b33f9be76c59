using Watchdog.Guard.Audit.Capture;

namespace Watchdog.Guard.Audit.Evaluators;

/// <summary>Whether the site is served over HTTPS and whether plain HTTP sends visitors there.</summary>
public static class TransportEvaluator
{
    public const string Https = "transport.https";
    public const string HttpRedirect = "transport.http-redirect";

    /// <param name="home">Final URL of the home page, after redirects.</param>
    /// <param name="plainHttp">The response to GET http://host/ (redirects not followed), or null when none came.</param>
    /// <param name="plainHttpError">Why no plain-HTTP response came.</param>
    public static IEnumerable<CheckOutcome> Evaluate(Uri home, CapturedResponse? plainHttp, string? plainHttpError)
    {
        yield return home.Scheme == Uri.UriSchemeHttps
            ? CheckOutcome.Pass(Https, $"home page served from {home}")
            : CheckOutcome.Fail(Https, AuditSeverity.High, "Site is not served over HTTPS",
                $"home page served from {home}", "Serve the site over HTTPS (e.g. a free Let's Encrypt certificate) and redirect HTTP to it.");
        yield return EvaluateRedirect(plainHttp, plainHttpError);
    }

    private static CheckOutcome EvaluateRedirect(CapturedResponse? plainHttp, string? error)
    {
        if (plainHttp is null) return CheckOutcome.Pass(HttpRedirect, $"plain HTTP does not answer ({error ?? "no response"})");
        var location = plainHttp.Header("Location");
        if (plainHttp.IsRedirect && location is not null && Uri.TryCreate(plainHttp.Url, location, out var target) && target.Scheme == Uri.UriSchemeHttps)
            return CheckOutcome.Pass(HttpRedirect, $"HTTP {plainHttp.Status} to {target}");
        var evidence = plainHttp.IsRedirect ? $"HTTP {plainHttp.Status} to {location ?? "(no Location)"}" : $"HTTP {plainHttp.Status} served over plain HTTP at {plainHttp.Url}";
        return CheckOutcome.Fail(HttpRedirect, AuditSeverity.Warning, "Plain HTTP does not redirect to HTTPS", evidence,
            "Answer every plain-HTTP request with a 301 to the same path on https://.");
    }
}
