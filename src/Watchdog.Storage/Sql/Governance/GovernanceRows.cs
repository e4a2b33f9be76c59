using System.Data.Common;
using Watchdog.Core.Governance;

namespace Watchdog.Storage.Sql.Governance;

/// <summary>Rows of <c>audit_log</c> and <c>users</c>, the same in both backends.</summary>
public static class GovernanceRows
{
    public const string AuditColumns = "id, at, actor, action, target, details";
    public const string UserColumns = "id, name, role, created_at, token_expires_at, token_revoked_at";

    public static string NameKey(string name) => name.Trim().ToLowerInvariant();

    public static AuditEntry ReadAudit(DbDataReader r, ISqlValues v) => new()
    {
        Id = r.Int64("id"),
        At = r.Time("at", v),
        Actor = r.Text("actor"),
        Action = r.Text("action"),
        Target = r.NullableText("target"),
        Details = r.NullableText("details"),
    };

    public static User ReadUser(DbDataReader r, ISqlValues v) => new()
    {
        Id = r.Int64("id"),
        Name = r.Text("name"),
        Role = r.Enum<Role>("role"),
        CreatedAt = r.Time("created_at", v),
        TokenExpiresAt = r.NullableTime("token_expires_at", v),
        TokenRevokedAt = r.NullableTime("token_revoked_at", v),
    };
}
