namespace Watchdog.Core.Guard;

/// <summary>
/// A site the operator says they run, registered for the site audit. It may be audited only once control of it is
/// proven (<see cref="VerifiedAt"/>): the verification token served at <c>/.well-known/watchdog-verification.txt</c>, or
/// published as a DNS TXT record <c>watchdog-verification=&lt;token&gt;</c>.
/// </summary>
public sealed record GuardSite
{
    public long Id { get; init; }
    /// <summary>scheme://host[:port], lower case, without a path: proof of control and audits are per origin.</summary>
    public required string Origin { get; init; }
    /// <summary>What the site must serve to prove control; not a secret (it is published), just unguessable.</summary>
    public required string Token { get; init; }
    public required string AddedBy { get; init; }
    public DateTimeOffset AddedAt { get; init; }
    public DateTimeOffset? VerifiedAt { get; init; }
    public string? VerifiedBy { get; init; }
    /// <summary>"file" or "dns".</summary>
    public string? VerifiedWith { get; init; }
    /// <summary>How often the service audits the site; null: only on demand.</summary>
    public TimeSpan? AuditEvery { get; init; }
    public DateTimeOffset? LastAuditAt { get; init; }
    /// <summary>The check ids of the high-severity findings of the last audit, so only new ones raise an alert.</summary>
    public IReadOnlyList<string> LastHighFindings { get; init; } = [];
    /// <summary>When the certificate seen by the last audit expires (HTTPS sites).</summary>
    public DateTimeOffset? CertificateExpiresAt { get; init; }

    public bool IsVerified => VerifiedAt is not null;

    public bool IsDue(DateTimeOffset now) => IsVerified && AuditEvery is { } every && (LastAuditAt is not { } last || last + every <= now);
}

/// <summary>Something a scheduled audit found that the operator must hear about.</summary>
/// <param name="Kind">"high-finding" or "certificate-expiry".</param>
public sealed record GuardSiteAlert(long Id, string Origin, DateTimeOffset At, string Kind, string Message);

/// <summary>Sites registered for the site audit, their proof of control, schedule and last results, and their alerts.</summary>
public interface IGuardSiteStore
{
    /// <returns>The stored site with its id.</returns>
    /// <exception cref="InvalidOperationException">The origin is already registered.</exception>
    Task<GuardSite> AddAsync(GuardSite site, CancellationToken ct);

    Task<GuardSite?> FindAsync(string origin, CancellationToken ct);

    /// <summary>By origin.</summary>
    Task<IReadOnlyList<GuardSite>> ListAsync(CancellationToken ct);

    /// <returns>false when the origin is not registered.</returns>
    Task<bool> MarkVerifiedAsync(string origin, string method, string verifiedBy, DateTimeOffset at, CancellationToken ct);

    /// <param name="every">Null: audit only on demand.</param>
    /// <returns>false when the origin is not registered.</returns>
    Task<bool> SetScheduleAsync(string origin, TimeSpan? every, CancellationToken ct);

    Task RecordAuditAsync(string origin, DateTimeOffset at, IReadOnlyList<string> highFindings, DateTimeOffset? certificateExpiresAt, CancellationToken ct);

    /// <returns>false when the origin is not registered. Its alerts go with it.</returns>
    Task<bool> RemoveAsync(string origin, CancellationToken ct);

    Task<GuardSiteAlert> AddAlertAsync(GuardSiteAlert alert, CancellationToken ct);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<GuardSiteAlert>> ListAlertsAsync(int limit, CancellationToken ct);
}
