using Watchdog.Core.Governance;

namespace Watchdog.Storage.Sql.Governance;

/// <summary>Users and their token hashes in either SQL backend.</summary>
public sealed class SqlUserStore(ISqlDatabase database) : IUserStore
{
    private readonly ISqlValues _v = database.Values;

    public Task<User> AddAsync(User user, string tokenHash, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var key = GovernanceRows.NameKey(user.Name);
            if (await connection.ScalarAsync<long>("SELECT COUNT(*) FROM users WHERE name_key = @key", tx, ct, ("@key", key)) > 0)
                throw new InvalidOperationException($"A user named \"{user.Name}\" already exists.");
            var stored = user with { CreatedAt = user.CreatedAt == default ? database.Clock.GetUtcNow() : user.CreatedAt };
            var id = await connection.ScalarAsync<long>(
                """
                INSERT INTO users (name, name_key, role, token_hash, created_at, token_expires_at)
                VALUES (@name, @key, @role, @token_hash, @created_at, @expires)
                RETURNING id
                """, tx, ct, ("@name", stored.Name), ("@key", key), ("@role", stored.Role.ToString()), ("@token_hash", tokenHash),
                ("@created_at", _v.Time(stored.CreatedAt)), ("@expires", _v.Time(stored.TokenExpiresAt)));
            return stored with { Id = id };
        }, ct);

    public Task<User?> FindByTokenHashAsync(string tokenHash, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleAsync($"SELECT {GovernanceRows.UserColumns} FROM users WHERE token_hash = @hash", null,
            r => GovernanceRows.ReadUser(r, _v), ct, ("@hash", tokenHash)), ct);

    public Task<User?> FindAsync(string name, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleAsync($"SELECT {GovernanceRows.UserColumns} FROM users WHERE name_key = @key", null,
            r => GovernanceRows.ReadUser(r, _v), ct, ("@key", GovernanceRows.NameKey(name))), ct);

    public async Task<IReadOnlyList<User>> ListAsync(CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync($"SELECT {GovernanceRows.UserColumns} FROM users ORDER BY name_key", null,
            r => GovernanceRows.ReadUser(r, _v), ct), ct);

    public async Task<User?> ReplaceTokenAsync(string name, string tokenHash, DateTimeOffset? expiresAt, CancellationToken ct)
    {
        var changed = await database.WriteAsync(async (connection, tx) => await connection.ExecuteAsync(
            "UPDATE users SET token_hash = @hash, token_expires_at = @expires, token_revoked_at = NULL WHERE name_key = @key", tx, ct,
            ("@hash", tokenHash), ("@expires", _v.Time(expiresAt)), ("@key", GovernanceRows.NameKey(name))) == 1, ct);
        return changed ? await FindAsync(name, ct) : null;
    }

    public Task<bool> RevokeTokenAsync(string name, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) => await connection.ExecuteAsync(
            "UPDATE users SET token_revoked_at = @now WHERE name_key = @key", tx, ct,
            ("@now", _v.Time(database.Clock.GetUtcNow())), ("@key", GovernanceRows.NameKey(name))) == 1, ct);

    public Task<bool> RemoveAsync(string name, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
            await connection.ExecuteAsync("DELETE FROM users WHERE name_key = @key", tx, ct, ("@key", GovernanceRows.NameKey(name))) == 1, ct);
}
