using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Watchdog.Guard.Audit;
using Watchdog.Guard.Audit.Capture;
using Watchdog.Guard.Audit.Evaluators;

namespace Watchdog.Guard.Tests.Audit;

/// <summary>The pure evaluators on captured facts built by hand.</summary>
public sealed class EvaluatorTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Uri Home = new("https://news.example.org/");

    private static TlsObservation Tls(double daysLeft = 200, SslPolicyErrors errors = SslPolicyErrors.None,
        X509ChainStatusFlags chain = X509ChainStatusFlags.NoError, SslProtocols protocol = SslProtocols.Tls13) =>
        new("news.example.org", "CN=news.example.org", "CN=R3", Now.AddDays(-60), Now.AddDays(daysLeft), false, errors, chain, protocol);

    private static CapturedResponse Response(params (string Name, string Value)[] headers) =>
        CapturedResponse.Of(Home, 200, headers.Select(h => KeyValuePair.Create(h.Name, h.Value)));

    private static AuditFinding? Finding(IEnumerable<CheckOutcome> outcomes, string checkId) => outcomes.Single(o => o.CheckId == checkId).Finding;

    [Theory]
    [InlineData(200, null)]
    [InlineData(20, AuditSeverity.Warning)]
    [InlineData(5, AuditSeverity.High)]
    [InlineData(-1, AuditSeverity.High)]
    public void Certificate_expiry_severity_follows_days_left(double daysLeft, AuditSeverity? expected) =>
        Assert.Equal(expected, Finding(CertificateEvaluator.Evaluate(Tls(daysLeft), Now), CertificateEvaluator.Expiry)?.Severity);

    [Fact]
    public void Tls_1_0_is_an_outdated_protocol()
    {
#pragma warning disable SYSLIB0039, CA5397 // the outdated protocol is the test input
        var tls = Tls(protocol: SslProtocols.Tls);
#pragma warning restore SYSLIB0039, CA5397
        Assert.Equal(AuditSeverity.High, Finding(CertificateEvaluator.Evaluate(tls, Now), CertificateEvaluator.Protocol)?.Severity);
    }

    [Fact]
    public void Expired_chain_status_alone_is_not_reported_as_untrusted() =>
        Assert.Null(Finding(CertificateEvaluator.Evaluate(Tls(-1, SslPolicyErrors.RemoteCertificateChainErrors, X509ChainStatusFlags.NotTimeValid), Now), CertificateEvaluator.Trust));

    [Fact]
    public void Untrusted_root_is_reported() =>
        Assert.NotNull(Finding(CertificateEvaluator.Evaluate(Tls(errors: SslPolicyErrors.RemoteCertificateChainErrors, chain: X509ChainStatusFlags.UntrustedRoot), Now), CertificateEvaluator.Trust));

    [Fact]
    public void Short_hsts_max_age_is_reported() =>
        Assert.NotNull(Finding(HeaderEvaluator.Evaluate(Response(("Strict-Transport-Security", "max-age=86400"))), HeaderEvaluator.Hsts));

    [Fact]
    public void Hsts_of_a_year_passes() =>
        Assert.Null(Finding(HeaderEvaluator.Evaluate(Response(("Strict-Transport-Security", "max-age=31536000"))), HeaderEvaluator.Hsts));

    [Fact]
    public void Unsafe_inline_with_a_nonce_is_not_reported() =>
        Assert.Null(Finding(HeaderEvaluator.Evaluate(Response(("Content-Security-Policy", "script-src 'self' 'unsafe-inline' 'nonce-r4nd0m'"))), HeaderEvaluator.CspUnsafeInline));

    [Fact]
    public void Unsafe_inline_in_default_src_is_reported_when_script_src_is_absent() =>
        Assert.NotNull(Finding(HeaderEvaluator.Evaluate(Response(("Content-Security-Policy", "default-src 'self' 'unsafe-inline'"))), HeaderEvaluator.CspUnsafeInline));

    [Fact]
    public void Https_scheme_source_for_scripts_is_a_wildcard() =>
        Assert.NotNull(Finding(HeaderEvaluator.Evaluate(Response(("Content-Security-Policy", "script-src https:"))), HeaderEvaluator.CspWildcardScripts));

    [Fact]
    public void Csp_frame_ancestors_protects_against_clickjacking() =>
        Assert.Null(Finding(HeaderEvaluator.Evaluate(Response(("Content-Security-Policy", "default-src 'self'; frame-ancestors 'self'"))), HeaderEvaluator.Clickjacking));

    [Fact]
    public void X_frame_options_allow_from_does_not_protect() =>
        Assert.NotNull(Finding(HeaderEvaluator.Evaluate(Response(("X-Frame-Options", "ALLOW-FROM https://a.example"))), HeaderEvaluator.Clickjacking));

    [Fact]
    public void Server_name_without_version_is_not_disclosure() =>
        Assert.Null(Finding(HeaderEvaluator.Evaluate(Response(("Server", "nginx"), ("X-Powered-By", "Express"))), HeaderEvaluator.VersionDisclosure));

    [Fact]
    public void Non_session_cookie_without_httponly_is_fine() =>
        Assert.Null(Finding(CookieEvaluator.Evaluate([Response(("Set-Cookie", "theme=dark; Secure; SameSite=Lax"))]), CookieEvaluator.HttpOnly));

    [Fact]
    public void Session_cookie_without_httponly_is_named_in_the_evidence() =>
        Assert.Equal("auth_token", Finding(CookieEvaluator.Evaluate([Response(("Set-Cookie", "auth_token=x; Secure; SameSite=Strict"))]), CookieEvaluator.HttpOnly)?.Evidence);

    [Fact]
    public void Cookie_attributes_are_parsed_case_insensitively() =>
        Assert.Equal(new SetCookie("sid", true, true, "Lax"), SetCookie.Parse("sid=1; secure; HTTPONLY; samesite=Lax"));

    [Fact]
    public void Http_redirect_to_https_passes()
    {
        var redirect = CapturedResponse.Of(new Uri("http://news.example.org/"), 301, [KeyValuePair.Create("Location", "https://news.example.org/")]);
        Assert.Null(Finding(TransportEvaluator.Evaluate(Home, redirect, null), TransportEvaluator.HttpRedirect));
    }

    [Fact]
    public void Http_redirect_to_http_elsewhere_is_reported()
    {
        var redirect = CapturedResponse.Of(new Uri("http://news.example.org/"), 302, [KeyValuePair.Create("Location", "http://www.news.example.org/")]);
        Assert.NotNull(Finding(TransportEvaluator.Evaluate(Home, redirect, null), TransportEvaluator.HttpRedirect));
    }
}
