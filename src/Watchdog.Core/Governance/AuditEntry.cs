namespace Watchdog.Core.Governance;

/// <summary>
/// One thing someone did through Watchdog: who, what, to what and when. Entries are only ever appended; nothing in
/// Watchdog changes or deletes them (retention does not touch them either), so the log answers "who searched for
/// this, who changed that watchlist" for as long as the installation exists.
/// </summary>
public sealed record AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    /// <summary>A user's name, <see cref="AuditActors.Local"/>, <see cref="AuditActors.Cli"/> or a service such as <see cref="AuditActors.Retention"/>.</summary>
    public required string Actor { get; init; }
    /// <summary>One of <see cref="AuditActions"/>, e.g. <c>query.create</c>.</summary>
    public required string Action { get; init; }
    /// <summary>What was acted on, e.g. <c>query 12</c> or <c>watchlist officials</c>; null for a search.</summary>
    public string? Target { get; init; }
    /// <summary>What a reader needs to understand the action (the query text, a name, counts); never a secret or a token.</summary>
    public string? Details { get; init; }
}

/// <summary>Newest first. Every filter is optional; <see cref="Action"/> matches an action or a family (<c>watchlist</c> matches <c>watchlist.create</c>…).</summary>
public sealed record AuditQuery
{
    public string? Action { get; init; }
    public string? Actor { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}

public sealed record AuditPage(long Total, int Page, int PageSize, IReadOnlyList<AuditEntry> Entries);

/// <summary>Who did it, when it was not a named user.</summary>
public static class AuditActors
{
    /// <summary>Someone at the dashboard or API while authentication is off (the app listens on loopback only).</summary>
    public const string Local = "local";
    /// <summary>Someone running the `watchdog` command on the machine.</summary>
    public const string Cli = "cli";
    /// <summary>Sources declared in watchdog.yaml, added at start.</summary>
    public const string Config = "config";
    /// <summary>The retention service deleting expired content.</summary>
    public const string Retention = "retention";
    /// <summary>The service auditing verified sites on their schedule.</summary>
    public const string Guard = "guard";
}
