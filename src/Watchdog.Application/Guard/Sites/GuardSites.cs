using Microsoft.Extensions.Logging;
using Watchdog.Core.Governance;
using Watchdog.Core.Guard;
using Watchdog.Guard.Audit;
using Watchdog.Guard.Control;
using Watchdog.Application.Governance;

namespace Watchdog.Application.Guard.Sites;

/// <summary>The auditor and the control check one caller uses (the CLI's <c>--allow-private</c> makes its own).</summary>
public sealed record GuardSiteProbes(SiteAuditor Auditor, ControlProver Prover);

/// <summary>
/// Sites the operator runs, for the site audit, the same from the CLI, the API and the schedule: registered (a token
/// issued), proven (the site serves the token), then audited. An audit of a site not proven is refused before a single
/// request goes to it. Every step is written to the audit log.
/// </summary>
public sealed class GuardSites(IGuardSiteStore store, GuardSiteProbes probes, AuditTrail audit, TimeProvider clock, ILogger<GuardSites> logger)
{
    /// <summary>An audit is about 15 requests; more often than hourly would be load on the site with nothing new to learn.</summary>
    public static readonly TimeSpan MinimumAuditInterval = TimeSpan.FromHours(1);

    /// <returns>The site (an existing registration keeps its token) and whether it was new.</returns>
    public async Task<(GuardSite Site, bool Added)> AddAsync(string url, string actor, CancellationToken ct)
    {
        var origin = Parse(url);
        var key = SiteOrigin.Key(origin);
        if (await store.FindAsync(key, ct) is { } existing) return (existing, false);
        var added = await store.AddAsync(new GuardSite { Origin = key, Token = SiteVerification.NewToken(), AddedBy = actor, AddedAt = clock.GetUtcNow() }, ct);
        await audit.RecordAsync(actor, AuditActions.GuardSiteAdd, key, null);
        return (added, true);
    }

    public async Task<IReadOnlyList<GuardSite>> ListAsync(CancellationToken ct) => await store.ListAsync(ct);

    public Task<IReadOnlyList<GuardSiteAlert>> AlertsAsync(int limit, CancellationToken ct) => store.ListAlertsAsync(limit, ct);

    /// <summary>Checks the site for its token (one GET of the verification file, then DNS); recorded whether it succeeds or not.</summary>
    public async Task<(GuardSite Site, ControlProof Proof)> VerifyAsync(string url, string actor, CancellationToken ct)
    {
        var (origin, site) = await FindAsync(url, ct);
        var proof = await probes.Prover.ProveAsync(origin, site.Token, ct);
        if (proof.Proven)
        {
            await store.MarkVerifiedAsync(site.Origin, proof.Method!, actor, clock.GetUtcNow(), ct);
            site = (await store.FindAsync(site.Origin, ct))!;
        }
        await audit.RecordAsync(actor, AuditActions.GuardSiteVerify, site.Origin, new { verified = proof.Proven, method = proof.Method, explanation = proof.Explanation });
        return (site, proof);
    }

    /// <param name="every">Null: audit only on demand.</param>
    public async Task<GuardSite> ScheduleAsync(string url, TimeSpan? every, string actor, CancellationToken ct)
    {
        if (every is { } e && e < MinimumAuditInterval) throw new GuardSiteException(GuardSiteProblem.InvalidUrl, $"A site is audited at most every {MinimumAuditInterval.TotalHours:0} hour.");
        var (origin, site) = await FindAsync(url, ct);
        if (every is not null) RequireVerified(origin, site);
        await store.SetScheduleAsync(site.Origin, every, ct);
        await audit.RecordAsync(actor, AuditActions.GuardSiteSchedule, site.Origin, new { everySeconds = every?.TotalSeconds });
        return (await store.FindAsync(site.Origin, ct))!;
    }

    public async Task<bool> RemoveAsync(string url, string actor, CancellationToken ct)
    {
        var key = SiteOrigin.Key(Parse(url));
        if (!await store.RemoveAsync(key, ct)) return false;
        await audit.RecordAsync(actor, AuditActions.GuardSiteRemove, key, null);
        return true;
    }

    /// <summary>Audits a site whose control is proven; anything else is refused (and recorded) before any request is sent.</summary>
    /// <exception cref="GuardSiteException">The URL is invalid, or the site is not registered or not verified.</exception>
    /// <exception cref="SiteAuditException">The site's address is refused or it does not answer.</exception>
    public async Task<SiteAuditReport> AuditAsync(string url, string actor, CancellationToken ct)
    {
        var origin = Parse(url);
        var site = await store.FindAsync(SiteOrigin.Key(origin), ct);
        try
        {
            if (site is null)
                throw new GuardSiteException(GuardSiteProblem.NotRegistered,
                    $"{SiteOrigin.Key(origin)} is not a verified site; Watchdog audits only sites whose control is proven: register it with `watchdog guard sites add {SiteOrigin.Key(origin)}` (POST /api/guard/sites), then serve the token it gives and verify.");
            RequireVerified(origin, site);
        }
        catch (GuardSiteException e)
        {
            await audit.RecordAsync(actor, AuditActions.GuardAuditRefused, url, new { reason = e.Problem.ToString() });
            throw;
        }
        await audit.RecordAsync(actor, AuditActions.GuardAudit, url, null);
        // Only the verified host: a redirect elsewhere is noted, not followed (nor probed for exposed files).
        var report = await probes.Auditor.AuditAsync(new Uri(url.Trim()), u => string.Equals(u.IdnHost.TrimEnd('.'), origin.IdnHost, StringComparison.OrdinalIgnoreCase), ct);
        await RecordResultAsync(site, report, actor, ct);
        return report;
    }

    /// <summary>
    /// Audits every verified site whose scheduled time has come, after checking that it still serves its token: a site
    /// handed over to someone else since it was verified gets an alert instead of an audit. One failing site does not
    /// stop the others.
    /// </summary>
    /// <returns>How many audits ran.</returns>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var ran = 0;
        foreach (var site in (await store.ListAsync(ct)).Where(s => s.IsDue(clock.GetUtcNow())))
        {
            try
            {
                var proof = await probes.Prover.ProveAsync(new Uri(site.Origin), site.Token, ct);
                if (proof.Proven) await AuditAsync(site.Origin, AuditActors.Guard, ct);
                else await ControlLostAsync(site, proof, ct);
            }
            catch (Exception e) when (e is SiteAuditException or GuardSiteException)
            {
                // Recorded as audited so an unreachable site is tried again at its next time, not at every poll.
                await store.RecordAuditAsync(site.Origin, clock.GetUtcNow(), site.LastHighFindings, site.CertificateExpiresAt, ct);
                logger.LogWarning("Scheduled audit of {Site} failed: {Reason}", site.Origin, e.Message);
            }
            ran++;
        }
        return ran;
    }

    private async Task ControlLostAsync(GuardSite site, ControlProof proof, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var message = $"{site.Origin}: scheduled audit skipped, control is no longer proven ({proof.Explanation}); serve the token again or remove the site.";
        await audit.RecordAsync(AuditActors.Guard, AuditActions.GuardAuditRefused, site.Origin, new { reason = "control no longer proven", explanation = proof.Explanation });
        await store.AddAlertAsync(new GuardSiteAlert(0, site.Origin, now, SiteAlertRule.ControlLost, message), ct);
        await store.RecordAuditAsync(site.Origin, now, site.LastHighFindings, site.CertificateExpiresAt, ct);
        logger.LogWarning("Site alert ({Kind}): {Message}", SiteAlertRule.ControlLost, message);
    }

    private async Task RecordResultAsync(GuardSite before, SiteAuditReport report, string actor, CancellationToken ct)
    {
        foreach (var (kind, message) in SiteAlertRule.Evaluate(before, report))
        {
            await store.AddAlertAsync(new GuardSiteAlert(0, before.Origin, report.AuditedAt, kind, message), ct);
            await audit.RecordAsync(actor, AuditActions.GuardSiteAlert, before.Origin, new { kind, message });
            logger.LogWarning("Site alert ({Kind}): {Message}", kind, message);
        }
        var high = report.Findings.Where(f => f.Severity == AuditSeverity.High).Select(f => f.CheckId).Distinct().ToList();
        await store.RecordAuditAsync(before.Origin, report.AuditedAt, high, report.CertificateExpiresAt, ct);
    }

    private async Task<(Uri Origin, GuardSite Site)> FindAsync(string url, CancellationToken ct)
    {
        var origin = Parse(url);
        var site = await store.FindAsync(SiteOrigin.Key(origin), ct)
            ?? throw new GuardSiteException(GuardSiteProblem.NotRegistered, $"{SiteOrigin.Key(origin)} is not registered; add it with `watchdog guard sites add {SiteOrigin.Key(origin)}` (POST /api/guard/sites).");
        return (origin, site);
    }

    private static void RequireVerified(Uri origin, GuardSite site)
    {
        if (!site.IsVerified)
            throw new GuardSiteException(GuardSiteProblem.NotVerified,
                $"{site.Origin} is not a verified site; Watchdog audits only sites whose control is proven: {SiteVerification.HowTo(origin, site.Token)}.");
    }

    private static Uri Parse(string url) =>
        SiteOrigin.TryParse(url, out var origin, out var error) ? origin : throw new GuardSiteException(GuardSiteProblem.InvalidUrl, error);
}
