using Watchdog.Core.Governance;

namespace Watchdog.Web.Auth;

/// <summary>Turns an Authorization header into a <see cref="Caller"/>, or the reason it cannot be admitted.</summary>
public static class CallerResolution
{
    private const string Scheme = "Bearer ";

    /// <param name="tokenNeeded">Why this request must carry a token (tokens on, or relayed by a proxy), or null when it may go without.</param>
    /// <param name="findUser">Looks a user up by the SHA-256 of their token.</param>
    /// <remarks>
    /// A token is honoured even when authentication is off, so actions are still put down to the right user; a wrong,
    /// expired or revoked one is refused even then, since sending it is always a mistake worth telling.
    /// </remarks>
    public static async Task<CallerResult> ResolveAsync(string? authorization, string? tokenNeeded, DateTimeOffset now, Func<string, Task<User?>> findUser)
    {
        if (string.IsNullOrWhiteSpace(authorization))
            return tokenNeeded is null ? CallerResult.Admitted(Caller.Local) : CallerResult.Refused(tokenNeeded);
        if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || authorization.Length == Scheme.Length)
            return CallerResult.Refused("The Authorization header must be 'Bearer <token>'.");
        var user = await findUser(ApiToken.Hash(authorization[Scheme.Length..].Trim()));
        if (user is null) return CallerResult.Refused("The token is not valid: it is unknown, replaced, or its user was removed.");
        return user.WhyTokenUnusable(now) is { } problem ? CallerResult.Refused(problem) : CallerResult.Admitted(new Caller(user.Name, user.Role));
    }
}

/// <summary>Either a caller, or why there is none.</summary>
public sealed record CallerResult(Caller? Caller, string? Problem)
{
    public static CallerResult Admitted(Caller caller) => new(caller, null);

    public static CallerResult Refused(string problem) => new(null, problem);
}
