namespace Watchdog.Guard.Audit;

/// <summary>How urgent a finding is. <see cref="High"/> is what the CLI's exit code reports.</summary>
public enum AuditSeverity { Info, Low, Warning, High }

/// <summary>A problem one check found: which check, how bad, what was seen, and what to do about it.</summary>
public sealed record AuditFinding(string CheckId, AuditSeverity Severity, string Title, string Evidence, string Advice);

/// <summary>A check that ran and found nothing wrong, with what it saw.</summary>
public sealed record PassedCheck(string CheckId, string Evidence);

/// <summary>The outcome of one check: a finding, or a pass. Evaluators return these.</summary>
public sealed record CheckOutcome(string CheckId, AuditFinding? Finding, string Evidence)
{
    public static CheckOutcome Pass(string checkId, string evidence) => new(checkId, null, evidence);

    public static CheckOutcome Fail(string checkId, AuditSeverity severity, string title, string evidence, string advice) =>
        new(checkId, new AuditFinding(checkId, severity, title, evidence, advice), evidence);
}

/// <summary>Everything an audit of one site found, the checks that passed, and notes on what it could not check.</summary>
public sealed record SiteAuditReport(
    Uri Site,
    DateTimeOffset AuditedAt,
    IReadOnlyList<AuditFinding> Findings,
    IReadOnlyList<PassedCheck> Passed,
    IReadOnlyList<string> Notes)
{
    public bool HasHighSeverity => Findings.Any(f => f.Severity == AuditSeverity.High);

    /// <summary>When the home page's certificate expires; null for a plain-HTTP site or when no handshake was seen.</summary>
    public DateTimeOffset? CertificateExpiresAt { get; init; }

    public static SiteAuditReport From(Uri site, DateTimeOffset at, IEnumerable<CheckOutcome> outcomes, IReadOnlyList<string> notes)
    {
        var all = outcomes.ToList();
        return new SiteAuditReport(
            site,
            at,
            [.. all.Where(o => o.Finding is not null).Select(o => o.Finding!).OrderByDescending(f => f.Severity).ThenBy(f => f.CheckId, StringComparer.Ordinal)],
            [.. all.Where(o => o.Finding is null).Select(o => new PassedCheck(o.CheckId, o.Evidence))],
            notes);
    }
}

/// <summary>Why an audit could not run at all.</summary>
public enum SiteAuditFailure { InvalidUrl, AddressRefused, Unreachable }

/// <summary>An audit that could not run (bad URL, refused address, site unreachable); the message says why.</summary>
public sealed class SiteAuditException(SiteAuditFailure failure, string message) : Exception(message)
{
    public SiteAuditFailure Failure { get; } = failure;
}
