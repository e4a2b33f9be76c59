using Microsoft.AspNetCore.Http;
using Watchdog.Core.Governance;

namespace Watchdog.Web.Auth;

/// <summary>Who is making an API request: a user with a token, or <see cref="AuditActors.Local"/> while authentication is off.</summary>
public sealed record Caller(string Name, Role Role)
{
    /// <summary>Without authentication everyone who can reach the (loopback-only) app is trusted as an admin.</summary>
    public static Caller Local { get; } = new(AuditActors.Local, Role.Admin);
}

public static class CallerHttpContextExtensions
{
    private static readonly object Key = new();

    /// <summary>The caller <see cref="ApiAccessMiddleware"/> admitted; every /api endpoint has one.</summary>
    /// <exception cref="InvalidOperationException">Called outside /api, where nobody is identified.</exception>
    public static Caller Caller(this HttpContext http) =>
        http.Items.TryGetValue(Key, out var caller) && caller is Caller known
            ? known
            : throw new InvalidOperationException("No caller was identified for this request; only /api endpoints have one.");

    internal static void SetCaller(this HttpContext http, Caller caller) => http.Items[Key] = caller;
}
