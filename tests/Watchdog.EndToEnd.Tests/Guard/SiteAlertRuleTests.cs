using Watchdog.Core.Guard;
using Watchdog.Guard.Audit;
using Watchdog.Application.Guard.Sites;

namespace Watchdog.EndToEnd.Tests.Guard;

public sealed class SiteAlertRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static GuardSite Site(params string[] lastHigh) => new() { Origin = "https://news.example.org", Token = "wdv-1", AddedBy = "cli", LastHighFindings = lastHigh };

    private static SiteAuditReport Report(DateTimeOffset? certificateExpires, params string[] high) =>
        new(new Uri("https://news.example.org/"), Now, [.. high.Select(id => new AuditFinding(id, AuditSeverity.High, id, "seen", "fix it"))], [], [])
        {
            CertificateExpiresAt = certificateExpires,
        };

    [Fact]
    public void Only_high_findings_the_last_audit_did_not_have_raise_an_alert()
    {
        var alerts = SiteAlertRule.Evaluate(Site("exposed.git"), Report(null, "exposed.git", "exposed.env"));
        var alert = Assert.Single(alerts);
        Assert.Equal(SiteAlertRule.HighFinding, alert.Kind);
        Assert.Contains("exposed.env", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_expiring_within_14_days_raises_one_alert_not_one_per_audit()
    {
        var expires = Now.AddDays(10);
        Assert.Empty(SiteAlertRule.Evaluate(Site(), Report(Now.AddDays(15))));
        var first = Assert.Single(SiteAlertRule.Evaluate(Site(), Report(expires)));
        Assert.Equal(SiteAlertRule.CertificateExpiry, first.Kind);

        var warned = Site() with { CertificateExpiresAt = expires, LastAuditAt = Now.AddDays(-1) };
        Assert.Empty(SiteAlertRule.Evaluate(warned, Report(expires)));
        // A renewed certificate that again nears expiry is a new alert.
        Assert.Single(SiteAlertRule.Evaluate(warned, Report(Now.AddDays(3))));
    }
}
