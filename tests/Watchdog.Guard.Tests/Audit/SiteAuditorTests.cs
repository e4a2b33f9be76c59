using Watchdog.Guard.Audit;
using Watchdog.Guard.Audit.Evaluators;
using Watchdog.Guard.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.Guard.Tests.Audit;

/// <summary>Audits of real local HTTPS/HTTP servers: a good site, a bad one, bad certificates, a soft-404 site.</summary>
public sealed class SiteAuditorTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Good_site_has_no_findings()
    {
        await using var https = await Sites.HttpsAsync(TestCertificates.ForLoopback(), Sites.GoodHome());
        await using var http = await Sites.RedirectingHttpAsync(https.BaseUri);
        using var auditor = Sites.Auditor(http.Port);

        var report = await auditor.AuditAsync(https.BaseUri, Ct);

        Assert.Empty(report.Findings);
        Assert.Contains(report.Passed, p => p.CheckId == CertificateEvaluator.Trust);
        Assert.Contains(report.Passed, p => p.CheckId == TransportEvaluator.HttpRedirect);
    }

    [Fact]
    public async Task Negotiated_protocol_is_recorded_from_the_handshake()
    {
        var report = await AuditHttpsAsync(TestCertificates.ForLoopback());

        Assert.Matches("negotiated Tls1[23]", Assert.Single(report.Passed, p => p.CheckId == CertificateEvaluator.Protocol).Evidence);
    }

    [Fact]
    public async Task Audit_sends_only_GET_requests_with_its_user_agent()
    {
        await using var https = await Sites.HttpsAsync(TestCertificates.ForLoopback(), Sites.GoodHome());
        using var auditor = Sites.Auditor(plainHttpPort: 1);

        await auditor.AuditAsync(https.BaseUri, Ct);

        Assert.All(https.Requests, r => Assert.Equal("GET", r.Method));
        Assert.All(https.Requests, r => Assert.Equal(SiteAuditOptions.DefaultUserAgent, r.UserAgent));
        Assert.Equal(2 + ExposedFileProbes.All.Count, https.Requests.Count);
    }

    [Fact]
    public async Task Expired_certificate_is_a_high_finding()
    {
        var report = await AuditHttpsAsync(TestCertificates.Expired());

        var finding = Assert.Single(report.Findings, f => f.CheckId == CertificateEvaluator.Expiry);
        Assert.Equal(AuditSeverity.High, finding.Severity);
        Assert.Contains("expired", finding.Title, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(report.Findings, f => f.CheckId == CertificateEvaluator.Trust);
    }

    [Fact]
    public async Task Certificate_for_another_host_is_a_hostname_mismatch()
    {
        var report = await AuditHttpsAsync(TestCertificates.ForOtherHost());

        Assert.Contains(report.Findings, f => f.CheckId == CertificateEvaluator.HostName && f.Severity == AuditSeverity.High);
    }

    [Fact]
    public async Task Self_signed_certificate_is_reported_as_untrusted()
    {
        var report = await AuditHttpsAsync(TestCertificates.SelfSigned());

        var finding = Assert.Single(report.Findings, f => f.CheckId == CertificateEvaluator.Trust);
        Assert.Equal("Certificate is self-signed", finding.Title);
    }

    [Fact]
    public async Task Certificate_expiring_in_three_days_is_high()
    {
        var report = await AuditHttpsAsync(TestCertificates.ForLoopback(validDaysLeft: 3));

        Assert.Contains(report.Findings, f => f.CheckId == CertificateEvaluator.Expiry && f.Severity == AuditSeverity.High);
    }

    [Fact]
    public async Task Site_answering_200_to_everything_has_no_exposed_file_findings()
    {
        var catchAll = TestResponse.Text("ref: refs/heads/main\nAPP_ENV=production\nDB_PASSWORD=x\n<title>Index of /</title> phpinfo() Apache Server Status", "text/plain");
        await using var https = await Sites.HttpsAsync(TestCertificates.ForLoopback(), Sites.GoodHome(), fallback: catchAll);
        using var auditor = Sites.Auditor(plainHttpPort: 1);

        var report = await auditor.AuditAsync(https.BaseUri, Ct);

        Assert.DoesNotContain(report.Findings, f => f.CheckId.StartsWith("exposed.", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("do not exist", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Loopback_site_is_refused_unless_private_addresses_are_allowed()
    {
        await using var https = await Sites.HttpsAsync(TestCertificates.ForLoopback(), Sites.GoodHome());
        using var auditor = Sites.Auditor(plainHttpPort: 1, allowPrivate: false);

        var error = await Assert.ThrowsAsync<SiteAuditException>(() => auditor.AuditAsync(https.BaseUri, Ct));

        Assert.Equal(SiteAuditFailure.AddressRefused, error.Failure);
        Assert.Empty(https.Requests);
    }

    [Fact]
    public async Task Site_that_does_not_answer_is_an_unreachable_error()
    {
        using var auditor = Sites.Auditor(plainHttpPort: 1);

        var error = await Assert.ThrowsAsync<SiteAuditException>(() => auditor.AuditAsync(new Uri("https://127.0.0.1:1/"), Ct));

        Assert.Equal(SiteAuditFailure.Unreachable, error.Failure);
    }

    [Fact]
    public async Task Site_served_over_plain_http_is_a_high_finding()
    {
        await using var http = await SiteServer.StartAsync(null, new Dictionary<string, TestResponse> { ["/"] = Sites.GoodHome() });
        using var auditor = Sites.Auditor(http.Port);

        var report = await auditor.AuditAsync(http.BaseUri, Ct);

        Assert.Contains(report.Findings, f => f.CheckId == TransportEvaluator.Https && f.Severity == AuditSeverity.High);
        Assert.Contains(report.Findings, f => f.CheckId == TransportEvaluator.HttpRedirect);
        Assert.DoesNotContain(report.Findings, f => f.CheckId == HeaderEvaluator.Hsts);
    }

    private static async Task<SiteAuditReport> AuditHttpsAsync(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate)
    {
        await using var https = await Sites.HttpsAsync(certificate, Sites.GoodHome());
        await using var http = await Sites.RedirectingHttpAsync(https.BaseUri);
        using var auditor = Sites.Auditor(http.Port);
        return await auditor.AuditAsync(https.BaseUri, Ct);
    }
}
