namespace Watchdog.Application.Retention;

/// <summary>What one retention pass deleted (or, for a dry run, would delete).</summary>
/// <param name="RetentionDays">0: retention is off and nothing was looked at.</param>
/// <param name="Cutoff">Content collected before this time is expired; null when retention is off.</param>
/// <param name="IndexRemoved">Deleted articles the search index dropped in this pass (including earlier ones it still had).</param>
/// <param name="IndexPending">Deleted articles still in the search index: another process holds it (the running service removes them).</param>
public sealed record RetentionReport(
    int RetentionDays,
    DateTimeOffset? Cutoff,
    bool DryRun,
    long Articles = 0,
    long Alerts = 0,
    long AlertsDetached = 0,
    long RawBodies = 0,
    long RawBytes = 0,
    long WorkItems = 0,
    long FetchLogEntries = 0,
    long IndexRemoved = 0,
    long IndexPending = 0)
{
    public bool Enabled => RetentionDays > 0;

    public bool DeletedAnything => !DryRun && Articles + Alerts + AlertsDetached + RawBodies + WorkItems + FetchLogEntries + IndexRemoved > 0;
}
