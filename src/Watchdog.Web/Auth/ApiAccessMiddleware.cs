using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Watchdog.Core.Governance;

namespace Watchdog.Web.Auth;

/// <summary>
/// Admits /api requests: identifies the caller from the bearer token (or as <see cref="Caller.Local"/> while
/// authentication is off), answers 401 when it cannot and 403 when the caller's role is below what
/// <see cref="ApiAccessPolicy"/> asks, both as problem JSON.
/// </summary>
internal sealed class ApiAccessMiddleware(RequestDelegate next, ApiAccess access, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context, IUserStore users)
    {
        var required = ApiAccessPolicy.RequiredRole(context.Request.Method, context.Request.Path);
        if (required is null)
        {
            await next(context);
            return;
        }

        var result = await CallerResolution.ResolveAsync(context.Request.Headers.Authorization, WhyTokenNeeded(context.Request.Headers), clock.GetUtcNow(),
            hash => users.FindByTokenHashAsync(hash, context.RequestAborted));
        if (result.Caller is not { } caller)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"Watchdog\"";
            await TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Authentication is required.", detail: result.Problem)
                .ExecuteAsync(context);
            return;
        }
        if (caller.Role < required)
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Your role does not allow this.",
                    detail: $"{context.Request.Method} {context.Request.Path} needs the {required.Value.ToString().ToLowerInvariant()} role; " +
                            $"{caller.Name} is {caller.Role.ToString().ToLowerInvariant()}.")
                .ExecuteAsync(context);
            return;
        }
        context.SetCaller(caller);
        await next(context);
    }

    private string? WhyTokenNeeded(IHeaderDictionary headers)
    {
        if (access.Required) return "This API needs a token: send 'Authorization: Bearer <token>' (an admin creates one with `watchdog users add NAME --role viewer`).";
        return ProxyHeaders.Find(headers) is { } header
            ? $"This request came through a proxy ({header} header), so it needs a token even though tokens are off for callers on this machine: send 'Authorization: Bearer <token>'."
            : null;
    }
}

/// <summary>Whether the running app asks for tokens, decided once at start (see <see cref="AuthRequirement"/>), and why, in words.</summary>
public sealed record ApiAccess(bool Required, string Mode);

public static class ApiAccessApplicationBuilderExtensions
{
    public static IApplicationBuilder UseApiAccess(this IApplicationBuilder app) => app.UseMiddleware<ApiAccessMiddleware>();
}
