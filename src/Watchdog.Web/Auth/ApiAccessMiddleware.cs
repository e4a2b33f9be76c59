using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Watchdog.Core.Governance;

namespace Watchdog.Web.Auth;

/// <summary>
/// Admits /api requests: identifies the caller from the bearer token (or as <see cref="Caller.Local"/> while
/// authentication is off), answers 401 when it cannot and 403 when the caller's role is below what
/// <see cref="ApiAccessPolicy"/> asks, both as problem JSON.
/// </summary>
internal sealed class ApiAccessMiddleware(RequestDelegate next, ApiAccess access)
{
    public async Task InvokeAsync(HttpContext context, IUserStore users)
    {
        var required = ApiAccessPolicy.RequiredRole(context.Request.Method, context.Request.Path);
        if (required is null)
        {
            await next(context);
            return;
        }

        var result = await CallerResolution.ResolveAsync(context.Request.Headers.Authorization, access.Required,
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
}

/// <summary>Whether the running app asks for tokens, decided once at start (see <see cref="AuthRequirement"/>).</summary>
public sealed record ApiAccess(bool Required);

public static class ApiAccessApplicationBuilderExtensions
{
    public static IApplicationBuilder UseApiAccess(this IApplicationBuilder app) => app.UseMiddleware<ApiAccessMiddleware>();
}
