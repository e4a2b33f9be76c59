using Watchdog.Core.Governance;

namespace Watchdog.Web.Governance;

/// <param name="Details">A JSON object as text: what the action was about (query text, names, counts).</param>
public sealed record AuditEntryView(long Id, DateTimeOffset At, string Actor, string Action, string? Target, string? Details)
{
    public static AuditEntryView From(AuditEntry e) => new(e.Id, e.At, e.Actor, e.Action, e.Target, e.Details);
}

/// <param name="TotalPages">0 when nothing matches.</param>
public sealed record AuditPageView(long Total, int Page, int PageSize, int TotalPages, IReadOnlyList<AuditEntryView> Entries);

/// <param name="TokenExpiresAt">When the user's token stops working; null: never.</param>
/// <param name="TokenRevokedAt">When the token was revoked; null: it was not.</param>
public sealed record UserView(long Id, string Name, Role Role, DateTimeOffset CreatedAt, DateTimeOffset? TokenExpiresAt, DateTimeOffset? TokenRevokedAt)
{
    public static UserView From(User u) => new(u.Id, u.Name, u.Role, u.CreatedAt, u.TokenExpiresAt, u.TokenRevokedAt);
}

/// <param name="Role">viewer, analyst or admin.</param>
/// <param name="Expires">How long the token works: e.g. 30d, 12h or never; 90d when left out.</param>
public sealed record AddUserRequest(string? Name, string? Role, string? Expires = null);

/// <param name="Expires">How long the new token works: e.g. 30d, 12h or never; 90d when left out.</param>
public sealed record NewTokenRequest(string? Expires = null);

/// <param name="Token">Shown this once; only its hash is stored.</param>
public sealed record AddedUserView(UserView User, string Token);

/// <param name="AuthRequired">Whether the API asks every caller for a token.</param>
public sealed record CallerView(string Name, Role Role, bool AuthRequired);
