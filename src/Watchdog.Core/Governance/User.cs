namespace Watchdog.Core.Governance;

/// <summary>A named person who may use the REST API and dashboard with a token. The token itself is never stored, only its hash.</summary>
public sealed record User
{
    public long Id { get; init; }
    /// <summary>Unique, compared case-insensitively; the audit log names the user by it.</summary>
    public required string Name { get; init; }
    public Role Role { get; init; } = Role.Viewer;
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When the user's API token stops working; null: it does not expire.</summary>
    public DateTimeOffset? TokenExpiresAt { get; init; }
    /// <summary>When the token was revoked (it no longer works; the user stays, and a new token can be issued).</summary>
    public DateTimeOffset? TokenRevokedAt { get; init; }

    /// <returns>Why the user's token does not work at <paramref name="now"/>, or null when it does.</returns>
    public string? WhyTokenUnusable(DateTimeOffset now) =>
        TokenRevokedAt is { } revoked ? $"The token of {Name} was revoked on {revoked.UtcDateTime:yyyy-MM-dd HH:mm} UTC; an admin issues a new one with `watchdog users token {Name}`."
        : TokenExpiresAt is { } expires && expires <= now ? $"The token of {Name} expired on {expires.UtcDateTime:yyyy-MM-dd HH:mm} UTC; an admin issues a new one with `watchdog users token {Name}`."
        : null;

    /// <summary>Letters, digits, '-', '_' and '.', at most 64: a name that reads well in the audit log and on a command line.</summary>
    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}

/// <summary>What a user may do; each role may do everything the roles before it may.</summary>
public enum Role
{
    /// <summary>Read articles, sources, watchlists and queries; search; read and mark alerts; check a query.</summary>
    Viewer = 1,
    /// <summary>Also change sources, watchlists and standing queries.</summary>
    Analyst = 2,
    /// <summary>Also manage users and read the audit log.</summary>
    Admin = 3,
}
