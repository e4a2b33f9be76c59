using Watchdog.Core.Guard;
using Watchdog.Guard.Audit;

namespace Watchdog.Application.Guard.Sites;

/// <summary>What an audit must tell the operator about, compared with the site's previous audit.</summary>
public static class SiteAlertRule
{
    public const string HighFinding = "high-finding";
    public const string CertificateExpiry = "certificate-expiry";
    /// <summary>A scheduled audit found the site no longer serving its token, and did not audit it.</summary>
    public const string ControlLost = "control-lost";

    /// <summary>Two weeks leave time to renew by hand when automatic renewal has silently stopped.</summary>
    public static readonly TimeSpan CertificateWarning = TimeSpan.FromDays(14);

    /// <returns>(kind, message) for each high-severity finding the previous audit did not have, and for a certificate that
    /// expires within <see cref="CertificateWarning"/> unless the previous audit already saw it in that window.</returns>
    public static IReadOnlyList<(string Kind, string Message)> Evaluate(GuardSite before, SiteAuditReport report)
    {
        var alerts = new List<(string, string)>();
        foreach (var finding in report.Findings.Where(f => f.Severity == AuditSeverity.High && !before.LastHighFindings.Contains(f.CheckId)))
            alerts.Add((HighFinding, $"{before.Origin}: {finding.Title} ({finding.CheckId}): {finding.Evidence}. {finding.Advice}"));
        if (report.CertificateExpiresAt is { } expires && expires - report.AuditedAt <= CertificateWarning && !AlreadyWarned(before, expires))
        {
            var days = Math.Max(0, (expires - report.AuditedAt).TotalDays);
            alerts.Add((CertificateExpiry, $"{before.Origin}: the certificate expires on {expires.UtcDateTime:yyyy-MM-dd HH:mm} UTC ({days:0.#} days left); renew it."));
        }
        return alerts;
    }

    private static bool AlreadyWarned(GuardSite before, DateTimeOffset expires) =>
        before.CertificateExpiresAt == expires && before.LastAuditAt is { } last && expires - last <= CertificateWarning;
}
