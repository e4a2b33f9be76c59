using Watchdog.Guard.Audit.Capture;

namespace Watchdog.Guard.Audit.Evaluators;

/// <summary>Cookies the home page sets: Secure on HTTPS, HttpOnly on session-looking cookies, SameSite on all.</summary>
public static class CookieEvaluator
{
    public const string Secure = "cookies.secure";
    public const string HttpOnly = "cookies.httponly";
    public const string SameSite = "cookies.samesite";

    /// <summary>Name fragments of cookies that carry a login or session; scripts have no business reading them.</summary>
    private static readonly string[] SessionNameParts = ["sess", "sid", "auth", "token", "login", "jwt", "remember", "csrf", "xsrf"];

    /// <param name="responses">Every response on the way to the home page (redirects set cookies too).</param>
    public static IEnumerable<CheckOutcome> Evaluate(IReadOnlyList<CapturedResponse> responses)
    {
        var https = responses.Count > 0 && responses[^1].Url.Scheme == Uri.UriSchemeHttps;
        var cookies = responses.SelectMany(r => r.Values("Set-Cookie")).Select(SetCookie.Parse).OfType<SetCookie>()
            .DistinctBy(c => c.Name, StringComparer.Ordinal).ToList();
        if (https)
        {
            yield return Outcome(Secure, cookies, c => !c.Secure, AuditSeverity.Warning, "Cookies without the Secure flag",
                "Set Secure on every cookie of an HTTPS site so it is never sent over plain HTTP.");
        }
        yield return Outcome(HttpOnly, cookies, c => IsSessionLike(c.Name) && !c.HttpOnly, AuditSeverity.Warning, "Session cookies readable by scripts (no HttpOnly)",
            "Set HttpOnly on session and login cookies so injected scripts cannot steal them.");
        yield return Outcome(SameSite, cookies, c => string.IsNullOrEmpty(c.SameSite), AuditSeverity.Low, "Cookies without SameSite",
            "Set SameSite=Lax (or Strict) explicitly on every cookie.");
    }

    public static bool IsSessionLike(string name) =>
        SessionNameParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));

    private static CheckOutcome Outcome(string checkId, IReadOnlyList<SetCookie> cookies, Func<SetCookie, bool> isBad, AuditSeverity severity, string title, string advice)
    {
        if (cookies.Count == 0) return CheckOutcome.Pass(checkId, "the home page sets no cookies");
        var bad = cookies.Where(isBad).Select(c => c.Name).ToList();
        return bad.Count == 0
            ? CheckOutcome.Pass(checkId, $"{cookies.Count} cookie(s) checked: {string.Join(", ", cookies.Select(c => c.Name))}")
            : CheckOutcome.Fail(checkId, severity, title, string.Join(", ", bad), advice);
    }
}
