using Watchdog.Guard.Audit;
using Watchdog.Guard.Audit.Evaluators;
using Watchdog.Guard.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.Guard.Tests.Audit;

/// <summary>Audits a "bad" site once (weak headers, loose cookies, exposed files, HTTP not redirected); each test
/// checks one kind of finding.</summary>
public sealed class BadSiteAuditTests(BadSiteAuditTests.BadSite site) : IClassFixture<BadSiteAuditTests.BadSite>
{
    [Theory]
    [InlineData(HeaderEvaluator.Hsts)]
    [InlineData(HeaderEvaluator.CspUnsafeInline)]
    [InlineData(HeaderEvaluator.CspUnsafeEval)]
    [InlineData(HeaderEvaluator.CspWildcardScripts)]
    [InlineData(HeaderEvaluator.NoSniff)]
    [InlineData(HeaderEvaluator.Clickjacking)]
    [InlineData(HeaderEvaluator.ReferrerPolicy)]
    [InlineData(HeaderEvaluator.PermissionsPolicy)]
    [InlineData(HeaderEvaluator.VersionDisclosure)]
    [InlineData(CookieEvaluator.Secure)]
    [InlineData(CookieEvaluator.HttpOnly)]
    [InlineData(CookieEvaluator.SameSite)]
    [InlineData(TransportEvaluator.HttpRedirect)]
    [InlineData(ExposedFileProbes.Git)]
    [InlineData(ExposedFileProbes.Env)]
    [InlineData(ExposedFileProbes.DsStore)]
    [InlineData(ExposedFileProbes.DirectoryListing)]
    public void Bad_site_has_the_finding(string checkId) => Assert.Contains(site.Report.Findings, f => f.CheckId == checkId);

    [Theory]
    [InlineData(ExposedFileProbes.Svn)]
    [InlineData(ExposedFileProbes.SqlDump)]
    [InlineData(ExposedFileProbes.ConfigBackup)]
    [InlineData(ExposedFileProbes.PhpInfo)]
    [InlineData(ExposedFileProbes.ServerStatus)]
    public void Files_the_site_does_not_have_pass(string checkId) => Assert.Contains(site.Report.Passed, p => p.CheckId == checkId);

    [Fact]
    public void Version_disclosure_names_both_headers() =>
        Assert.Contains("PHP/7.4.3", Assert.Single(site.Report.Findings, f => f.CheckId == HeaderEvaluator.VersionDisclosure).Evidence, StringComparison.Ordinal);

    [Fact]
    public void Exposed_git_repository_is_high() =>
        Assert.Equal(AuditSeverity.High, Assert.Single(site.Report.Findings, f => f.CheckId == ExposedFileProbes.Git).Severity);

    /// <summary>The bad site on HTTPS (with a good certificate) and its plain-HTTP twin that serves pages instead of redirecting.</summary>
    public sealed class BadSite : IAsyncLifetime
    {
        public SiteAuditReport Report { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await using var https = await Sites.HttpsAsync(TestCertificates.ForLoopback(), Sites.BadHome(), Sites.ExposedFiles);
            await using var http = await SiteServer.StartAsync(null, new Dictionary<string, TestResponse> { ["/"] = Sites.BadHome() });
            using var auditor = Sites.Auditor(http.Port);
            Report = await auditor.AuditAsync(https.BaseUri, CancellationToken.None);
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
