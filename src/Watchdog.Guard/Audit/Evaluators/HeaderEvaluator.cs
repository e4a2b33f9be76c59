using System.Globalization;
using System.Text.RegularExpressions;
using Watchdog.Guard.Audit.Capture;

namespace Watchdog.Guard.Audit.Evaluators;

/// <summary>Security headers of the home page: HSTS, CSP, nosniff, clickjacking, Referrer-Policy,
/// Permissions-Policy, and version numbers given away in Server / X-Powered-By.</summary>
public static partial class HeaderEvaluator
{
    public const string Hsts = "headers.hsts";
    public const string Csp = "headers.csp";
    public const string CspUnsafeInline = "headers.csp-unsafe-inline";
    public const string CspUnsafeEval = "headers.csp-unsafe-eval";
    public const string CspWildcardScripts = "headers.csp-wildcard-scripts";
    public const string NoSniff = "headers.nosniff";
    public const string Clickjacking = "headers.clickjacking";
    public const string ReferrerPolicy = "headers.referrer-policy";
    public const string PermissionsPolicy = "headers.permissions-policy";
    public const string VersionDisclosure = "headers.version-disclosure";

    /// <summary>180 days: the minimum the HSTS preload list and most scanners accept.</summary>
    public const long MinHstsMaxAge = 15_552_000;

    /// <summary>Headers that name software; a version number in them tells an attacker which exploits to try.</summary>
    private static readonly string[] SoftwareHeaders = ["Server", "X-Powered-By", "X-AspNet-Version", "X-AspNetMvc-Version", "X-Generator"];

    /// <summary>Script sources that allow any host (or any host over a scheme).</summary>
    private static readonly string[] WildcardSources = ["*", "http:", "https:", "data:", "blob:"];

    public static IEnumerable<CheckOutcome> Evaluate(CapturedResponse home)
    {
        var https = home.Url.Scheme == Uri.UriSchemeHttps;
        if (https) yield return EvaluateHsts(home.Header("Strict-Transport-Security"));
        var cspHeader = home.Header("Content-Security-Policy");
        var csp = cspHeader is null ? null : ContentSecurityPolicy.Parse(cspHeader);
        foreach (var outcome in EvaluateCsp(csp, cspHeader)) yield return outcome;
        yield return string.Equals(home.Header("X-Content-Type-Options")?.Trim(), "nosniff", StringComparison.OrdinalIgnoreCase)
            ? CheckOutcome.Pass(NoSniff, "X-Content-Type-Options: nosniff")
            : CheckOutcome.Fail(NoSniff, AuditSeverity.Low, "X-Content-Type-Options: nosniff is missing", Shown("X-Content-Type-Options", home),
                "Send X-Content-Type-Options: nosniff so browsers do not guess content types.");
        yield return EvaluateClickjacking(home.Header("X-Frame-Options"), csp);
        yield return Present(home, ReferrerPolicy, "Referrer-Policy", AuditSeverity.Low,
            "Send Referrer-Policy: strict-origin-when-cross-origin (or stricter) so full URLs do not leak to other sites.");
        yield return Present(home, PermissionsPolicy, "Permissions-Policy", AuditSeverity.Info,
            "Send a Permissions-Policy that turns off features the site does not use (camera=(), microphone=(), geolocation=()).");
        yield return EvaluateVersionDisclosure(home);
    }

    private static CheckOutcome EvaluateHsts(string? header)
    {
        const string advice = "Send Strict-Transport-Security: max-age=31536000; includeSubDomains on every HTTPS response.";
        if (header is null) return CheckOutcome.Fail(Hsts, AuditSeverity.Warning, "HSTS header is missing", "no Strict-Transport-Security header", advice);
        var match = MaxAgePattern().Match(header);
        if (!match.Success || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var maxAge))
            return CheckOutcome.Fail(Hsts, AuditSeverity.Warning, "HSTS header has no valid max-age", $"Strict-Transport-Security: {header}", advice);
        return maxAge >= MinHstsMaxAge
            ? CheckOutcome.Pass(Hsts, $"Strict-Transport-Security: {header}")
            : CheckOutcome.Fail(Hsts, AuditSeverity.Low, "HSTS max-age is shorter than 180 days", $"max-age={maxAge} s", advice);
    }

    private static IEnumerable<CheckOutcome> EvaluateCsp(ContentSecurityPolicy? csp, string? header)
    {
        if (csp is null)
        {
            yield return CheckOutcome.Fail(Csp, AuditSeverity.Warning, "Content-Security-Policy is missing", "no Content-Security-Policy header",
                "Send a Content-Security-Policy that lists where scripts may come from; start with Content-Security-Policy-Report-Only to test it.");
            yield break;
        }
        yield return CheckOutcome.Pass(Csp, $"Content-Security-Policy: {header}");
        var scripts = csp.ScriptSources;
        if (scripts is null)
        {
            yield return CheckOutcome.Fail(CspWildcardScripts, AuditSeverity.Warning, "CSP does not restrict scripts", "neither script-src nor default-src is set",
                "Add script-src (or default-src) listing the hosts scripts may come from.");
            yield break;
        }
        var listed = string.Join(' ', scripts);
        // With a nonce or hash, CSP level 2+ browsers ignore 'unsafe-inline': it is only there for old browsers.
        var hasNonceOrHash = scripts.Any(s => s.StartsWith("'nonce-", StringComparison.OrdinalIgnoreCase) || s.StartsWith("'sha", StringComparison.OrdinalIgnoreCase));
        yield return Contains(scripts, "'unsafe-inline'") && !hasNonceOrHash
            ? CheckOutcome.Fail(CspUnsafeInline, AuditSeverity.Warning, "CSP allows inline scripts ('unsafe-inline')", $"script sources: {listed}",
                "Move inline scripts to files or give them a nonce/hash, then drop 'unsafe-inline'.")
            : CheckOutcome.Pass(CspUnsafeInline, $"script sources: {listed}");
        yield return Contains(scripts, "'unsafe-eval'")
            ? CheckOutcome.Fail(CspUnsafeEval, AuditSeverity.Warning, "CSP allows eval ('unsafe-eval')", $"script sources: {listed}",
                "Remove 'unsafe-eval'; replace code that calls eval/new Function.")
            : CheckOutcome.Pass(CspUnsafeEval, $"script sources: {listed}");
        var wildcards = scripts.Where(s => WildcardSources.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();
        yield return wildcards.Count > 0
            ? CheckOutcome.Fail(CspWildcardScripts, AuditSeverity.Warning, "CSP lets scripts load from any host", $"wildcard script sources: {string.Join(' ', wildcards)}",
                "List the exact hosts scripts may come from instead of *, http:, https: or data:.")
            : CheckOutcome.Pass(CspWildcardScripts, $"script sources: {listed}");
    }

    private static CheckOutcome EvaluateClickjacking(string? frameOptions, ContentSecurityPolicy? csp)
    {
        if (csp is not null && csp.Has("frame-ancestors"))
            return CheckOutcome.Pass(Clickjacking, "CSP frame-ancestors " + string.Join(' ', csp.Directives["frame-ancestors"]));
        var value = frameOptions?.Trim();
        if (string.Equals(value, "DENY", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "SAMEORIGIN", StringComparison.OrdinalIgnoreCase))
            return CheckOutcome.Pass(Clickjacking, $"X-Frame-Options: {value}");
        return CheckOutcome.Fail(Clickjacking, AuditSeverity.Warning, "Pages can be framed by other sites (clickjacking)",
            value is null ? "no X-Frame-Options and no CSP frame-ancestors" : $"X-Frame-Options: {value} (not DENY or SAMEORIGIN)",
            "Send Content-Security-Policy: frame-ancestors 'self' (and X-Frame-Options: SAMEORIGIN for old browsers).");
    }

    private static CheckOutcome EvaluateVersionDisclosure(CapturedResponse home)
    {
        var disclosed = SoftwareHeaders
            .Select(name => (Name: name, Value: home.Header(name)))
            .Where(h => h.Value is not null && VersionPattern().IsMatch(h.Value))
            .Select(h => $"{h.Name}: {h.Value}")
            .ToList();
        return disclosed.Count > 0
            ? CheckOutcome.Fail(VersionDisclosure, AuditSeverity.Low, "Server software version is disclosed", string.Join("; ", disclosed),
                "Hide version numbers (nginx: server_tokens off; Apache: ServerTokens Prod; PHP: expose_php = Off) and drop X-Powered-By.")
            : CheckOutcome.Pass(VersionDisclosure, "no version numbers in Server or X-Powered-By");
    }

    private static CheckOutcome Present(CapturedResponse home, string checkId, string header, AuditSeverity severity, string advice) =>
        home.Header(header) is { Length: > 0 } value
            ? CheckOutcome.Pass(checkId, $"{header}: {value}")
            : CheckOutcome.Fail(checkId, severity, $"{header} is missing", $"no {header} header", advice);

    private static string Shown(string header, CapturedResponse home) =>
        home.Header(header) is { } value ? $"{header}: {value}" : $"no {header} header";

    private static bool Contains(IReadOnlyList<string> sources, string keyword) => sources.Contains(keyword, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"max-age\s*=\s*""?(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MaxAgePattern();

    // "nginx/1.18.0", "PHP/8.1.2", "Apache/2.4.41 (Ubuntu)", "4.0.30319": a digit, a dot, a digit.
    [GeneratedRegex(@"\d+\.\d+")]
    private static partial Regex VersionPattern();
}
