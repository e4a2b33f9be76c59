namespace Watchdog.Core.Governance;

/// <summary>The actions the audit log records: <c>family.verb</c>, so a filter on the family finds them all.</summary>
public static class AuditActions
{
    public const string Search = "search";
    /// <summary>A query checked against a text or a collected article (`watchdog match`, POST /api/match).</summary>
    public const string Match = "match";

    public const string QueryCreate = "query.create";
    public const string QueryUpdate = "query.update";
    public const string QueryDelete = "query.delete";

    public const string WatchlistCreate = "watchlist.create";
    public const string WatchlistUpdate = "watchlist.update";
    public const string WatchlistDelete = "watchlist.delete";
    public const string WatchlistImport = "watchlist.import";

    public const string SourceAdd = "source.add";
    public const string SourceRemove = "source.remove";
    public const string SourcePause = "source.pause";
    public const string SourceResume = "source.resume";
    public const string SourceFetchNow = "source.fetch-now";
    /// <summary>A source's first page read before adding it (POST /api/sources/preview): a request to the address, nothing stored.</summary>
    public const string SourcePreview = "source.preview";

    public const string UserAdd = "user.add";
    public const string UserRemove = "user.remove";
    /// <summary>A user given a new API token (the old one stops working).</summary>
    public const string UserToken = "user.token";
    /// <summary>A user's API token revoked; the user is kept.</summary>
    public const string UserRevoke = "user.revoke";

    public const string RetentionRun = "retention.run";

    /// <summary>An archive of articles loaded with `watchdog import` (one entry per run, with its counts).</summary>
    public const string ArticleImport = "article.import";

    /// <summary>Matching articles downloaded as a file (GET /api/export, `watchdog export`).</summary>
    public const string Export = "export";
    /// <summary>A report generated as HTML or PDF (GET /api/reports, `watchdog report`).</summary>
    public const string Report = "report";
    /// <summary>A passive security audit of a site (POST /api/guard/audit).</summary>
    public const string GuardAudit = "guard.audit";
    /// <summary>A site registered for the site audit (a verification token issued).</summary>
    public const string GuardSiteAdd = "guard.site-add";
    /// <summary>An attempt to prove control of a site; its details say whether it succeeded and how.</summary>
    public const string GuardSiteVerify = "guard.site-verify";
    /// <summary>A site's audit schedule set or cleared.</summary>
    public const string GuardSiteSchedule = "guard.site-schedule";
    public const string GuardSiteRemove = "guard.site-remove";
    /// <summary>An audit refused because control of the site is not proven; no request was sent to it.</summary>
    public const string GuardAuditRefused = "guard.audit-refused";
    /// <summary>A scheduled audit raised an alert (a new high-severity finding, a certificate about to expire).</summary>
    public const string GuardSiteAlert = "guard.site-alert";
    /// <summary>A confidential document registered for leak watch (only its fingerprint is stored).</summary>
    public const string GuardLeakAdd = "guard.leak-add";
    /// <summary>A confidential document removed from leak watch, with its findings.</summary>
    public const string GuardLeakRemove = "guard.leak-remove";

    /// <summary>Letters, digits, '.' and '-': what an action (or a family of them) may be written with in a filter.</summary>
    public static bool IsWellFormed(string action) =>
        action.Length is > 0 and <= 64 && action.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-');
}
