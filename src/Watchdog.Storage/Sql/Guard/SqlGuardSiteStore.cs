using System.Data.Common;
using Watchdog.Core.Guard;

namespace Watchdog.Storage.Sql.Guard;

/// <summary>Sites registered for the site audit, and their alerts, in either SQL backend (the SQL is shared).</summary>
public sealed class SqlGuardSiteStore(ISqlDatabase database) : IGuardSiteStore
{
    private const string SiteColumns =
        "id, origin, token, added_by, added_at, verified_at, verified_by, verified_with, audit_every_seconds, last_audit_at, last_high_findings, certificate_expires_at";

    private const string AlertColumns = "id, origin, at, kind, message";

    private readonly ISqlValues _v = database.Values;

    public Task<GuardSite> AddAsync(GuardSite site, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            if (await connection.ScalarAsync<long>("SELECT COUNT(*) FROM guard_sites WHERE origin = @origin", tx, ct, ("@origin", site.Origin)) > 0)
                throw new InvalidOperationException($"{site.Origin} is already registered.");
            var stored = site with { AddedAt = site.AddedAt == default ? database.Clock.GetUtcNow() : site.AddedAt };
            var id = await connection.ScalarAsync<long>(
                """
                INSERT INTO guard_sites (origin, token, added_by, added_at, last_high_findings)
                VALUES (@origin, @token, @added_by, @added_at, @none) RETURNING id
                """, tx, ct, ("@origin", stored.Origin), ("@token", stored.Token), ("@added_by", stored.AddedBy), ("@added_at", _v.Time(stored.AddedAt)),
                ("@none", _v.List([])));
            return stored with { Id = id };
        }, ct);

    public Task<GuardSite?> FindAsync(string origin, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleAsync($"SELECT {SiteColumns} FROM guard_sites WHERE origin = @origin", null, ReadSite, ct, ("@origin", origin)), ct);

    public async Task<IReadOnlyList<GuardSite>> ListAsync(CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync($"SELECT {SiteColumns} FROM guard_sites ORDER BY origin", null, ReadSite, ct), ct);

    public Task<bool> MarkVerifiedAsync(string origin, string method, string verifiedBy, DateTimeOffset at, CancellationToken ct) =>
        UpdateAsync("verified_at = @at, verified_by = @by, verified_with = @method", origin, ct, ("@at", _v.Time(at)), ("@by", verifiedBy), ("@method", method));

    public Task<bool> SetScheduleAsync(string origin, TimeSpan? every, CancellationToken ct) =>
        UpdateAsync("audit_every_seconds = @every", origin, ct, ("@every", every is { } e ? (long)e.TotalSeconds : null));

    public Task RecordAuditAsync(string origin, DateTimeOffset at, IReadOnlyList<string> highFindings, DateTimeOffset? certificateExpiresAt, CancellationToken ct) =>
        UpdateAsync("last_audit_at = @at, last_high_findings = @high, certificate_expires_at = @cert", origin, ct,
            ("@at", _v.Time(at)), ("@high", _v.List(highFindings)), ("@cert", _v.Time(certificateExpiresAt)));

    public Task<bool> RemoveAsync(string origin, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            await connection.ExecuteAsync("DELETE FROM guard_site_alerts WHERE origin = @origin", tx, ct, ("@origin", origin));
            return await connection.ExecuteAsync("DELETE FROM guard_sites WHERE origin = @origin", tx, ct, ("@origin", origin)) == 1;
        }, ct);

    public Task<GuardSiteAlert> AddAlertAsync(GuardSiteAlert alert, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var id = await connection.ScalarAsync<long>(
                "INSERT INTO guard_site_alerts (origin, at, kind, message) VALUES (@origin, @at, @kind, @message) RETURNING id", tx, ct,
                ("@origin", alert.Origin), ("@at", _v.Time(alert.At)), ("@kind", alert.Kind), ("@message", alert.Message));
            return alert with { Id = id };
        }, ct);

    public async Task<IReadOnlyList<GuardSiteAlert>> ListAlertsAsync(int limit, CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync($"SELECT {AlertColumns} FROM guard_site_alerts ORDER BY at DESC, id DESC LIMIT @limit", null,
            r => new GuardSiteAlert(r.Int64("id"), r.Text("origin"), r.Time("at", _v), r.Text("kind"), r.Text("message")), ct, ("@limit", limit)), ct);

    private Task<bool> UpdateAsync(string assignments, string origin, CancellationToken ct, params (string, object?)[] parameters) =>
        database.WriteAsync(async (connection, tx) =>
            await connection.ExecuteAsync($"UPDATE guard_sites SET {assignments} WHERE origin = @origin", tx, ct, [.. parameters, ("@origin", origin)]) == 1, ct);

    private GuardSite ReadSite(DbDataReader r) => new()
    {
        Id = r.Int64("id"),
        Origin = r.Text("origin"),
        Token = r.Text("token"),
        AddedBy = r.Text("added_by"),
        AddedAt = r.Time("added_at", _v),
        VerifiedAt = r.NullableTime("verified_at", _v),
        VerifiedBy = r.NullableText("verified_by"),
        VerifiedWith = r.NullableText("verified_with"),
        AuditEvery = r.IsDBNull(r.GetOrdinal("audit_every_seconds")) ? null : TimeSpan.FromSeconds(r.Int64("audit_every_seconds")),
        LastAuditAt = r.NullableTime("last_audit_at", _v),
        LastHighFindings = _v.ReadList(r, r.GetOrdinal("last_high_findings")),
        CertificateExpiresAt = r.NullableTime("certificate_expires_at", _v),
    };
}
