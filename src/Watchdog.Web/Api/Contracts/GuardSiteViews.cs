using Watchdog.Core.Guard;
using Watchdog.Guard.Control;
using Watchdog.Application.Guard.Sites;

namespace Watchdog.Web.Api.Contracts;

/// <param name="Url">The site, e.g. https://news.example.org/ (only its origin counts).</param>
public sealed record GuardSiteRequest(string? Url);

/// <param name="Every">How often the service audits the site, e.g. 1d or 12h (at least 1h); null or empty: only on demand.</param>
public sealed record GuardSiteScheduleRequest(string? Url, string? Every);

/// <param name="Token">What the site must serve at /.well-known/watchdog-verification.txt (or in DNS TXT) to prove control.</param>
/// <param name="HowToVerify">Null once verified.</param>
/// <param name="AuditEverySeconds">Null: audited only on demand.</param>
public sealed record GuardSiteView(
    string Origin, string Token, bool Verified, DateTimeOffset? VerifiedAt, string? VerifiedWith, string AddedBy, DateTimeOffset AddedAt,
    double? AuditEverySeconds, DateTimeOffset? LastAuditAt, IReadOnlyList<string> LastHighFindings, DateTimeOffset? CertificateExpiresAt, string? HowToVerify)
{
    public static GuardSiteView From(GuardSite s) => new(
        s.Origin, s.Token, s.IsVerified, s.VerifiedAt, s.VerifiedWith, s.AddedBy, s.AddedAt, s.AuditEvery?.TotalSeconds, s.LastAuditAt, s.LastHighFindings,
        s.CertificateExpiresAt, s.IsVerified ? null : SiteVerification.HowTo(new Uri(s.Origin), s.Token));
}

/// <param name="Explanation">What was checked and found.</param>
public sealed record GuardSiteVerificationView(GuardSiteView Site, bool Verified, string? Method, string Explanation);
