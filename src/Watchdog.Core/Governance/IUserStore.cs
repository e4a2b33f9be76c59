namespace Watchdog.Core.Governance;

/// <summary>Users and the SHA-256 hashes of their API tokens.</summary>
public interface IUserStore
{
    /// <returns>The stored user with its id.</returns>
    /// <exception cref="InvalidOperationException">A user with the same name (ignoring case) already exists.</exception>
    Task<User> AddAsync(User user, string tokenHash, CancellationToken ct);

    /// <returns>The user whose token hashes to <paramref name="tokenHash"/>, or null.</returns>
    Task<User?> FindByTokenHashAsync(string tokenHash, CancellationToken ct);

    /// <summary>Names compare case-insensitively.</summary>
    Task<User?> FindAsync(string name, CancellationToken ct);

    Task<IReadOnlyList<User>> ListAsync(CancellationToken ct);

    /// <summary>Gives the user a new token (the old one stops working at once) with its expiry, and clears any revocation.</summary>
    /// <returns>The updated user, or null when there is no user of that name.</returns>
    Task<User?> ReplaceTokenAsync(string name, string tokenHash, DateTimeOffset? expiresAt, CancellationToken ct);

    /// <summary>The user's token stops working at once; the user is kept.</summary>
    /// <returns>false when there is no user of that name.</returns>
    Task<bool> RevokeTokenAsync(string name, CancellationToken ct);

    /// <returns>false when there is no user of that name. The user's token stops working at once.</returns>
    Task<bool> RemoveAsync(string name, CancellationToken ct);
}
