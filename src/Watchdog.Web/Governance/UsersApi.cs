using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Governance;
using Watchdog.Application.Governance;
using Watchdog.Web.Auth;

namespace Watchdog.Web.Governance;

/// <summary><c>/api/users</c> (admin only): who may use the API, with which role; and <c>/api/me</c>: who the caller is.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/me", GetCaller).WithTags("Governance").WithName("GetCaller").WithSummary("Who is calling")
            .WithDescription("The caller's name and role, and whether the API asks for tokens (\"local\" as admin while it does not).");
        var api = routes.MapGroup("/api/users").WithTags("Governance");
        api.MapGet("/", ListUsersAsync).WithName("ListUsers").WithSummary("List users and their roles");
        api.MapPost("/", AddUserAsync).WithName("AddUser").WithSummary("Add a user")
            .WithDescription("Creates a user with role viewer, analyst or admin and returns their API token. The token is shown this once: only its hash is stored. 409 when the name is taken.");
        api.MapPost("/{name}/token", NewTokenAsync).WithName("NewUserToken").WithSummary("Give a user a new token")
            .WithDescription("Returns a new API token for the user (shown this once); the old one stops working at once. Also lifts a revocation.");
        api.MapPost("/{name}/revoke", RevokeTokenAsync).WithName("RevokeUserToken").WithSummary("Revoke a user's token")
            .WithDescription("The user's token stops working at once; the user is kept, and a new token can be issued.");
        api.MapDelete("/{name}", RemoveUserAsync).WithName("RemoveUser").WithSummary("Remove a user").WithDescription("The user's token stops working at once.");
        return api;
    }

    public static Ok<CallerView> GetCaller(HttpContext http, ApiAccess access)
    {
        var caller = http.Caller();
        return TypedResults.Ok(new CallerView(caller.Name, caller.Role, access.Required));
    }

    public static async Task<Ok<List<UserView>>> ListUsersAsync(IUserStore users, CancellationToken ct) =>
        TypedResults.Ok((await users.ListAsync(ct)).Select(UserView.From).ToList());

    public static async Task<Results<Created<AddedUserView>, ValidationProblem, ProblemHttpResult>> AddUserAsync(
        AddUserRequest request, IUserStore users, AuditTrail audit, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim() ?? "";
        if (!User.IsValidName(name)) errors["name"] = ["The name must be 1 to 64 letters, digits, '-', '_' or '.'."];
        if (!Enum.TryParse<Role>(request.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(request.Role, out _))
            errors["role"] = [$"'{request.Role}' is not a role; use viewer, analyst or admin."];
        if (!TokenLifetime.TryParse(request.Expires, out var lifetime, out var lifetimeError)) errors["expires"] = [lifetimeError];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The user cannot be added.");

        var token = ApiToken.Generate();
        User added;
        try
        {
            var expiresAt = TokenLifetime.ExpiresAt(lifetime, clock.GetUtcNow());
            added = await users.AddAsync(new User { Name = name, Role = role, TokenExpiresAt = expiresAt }, ApiToken.Hash(token), ct);
        }
        catch (InvalidOperationException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The name is taken.", detail: e.Message);
        }
        await audit.RecordAsync(http, AuditActions.UserAdd, $"user {added.Name}", new { role = added.Role.ToString().ToLowerInvariant(), tokenExpiresAt = added.TokenExpiresAt });
        return TypedResults.Created($"/api/users/{Uri.EscapeDataString(added.Name)}", new AddedUserView(UserView.From(added), token));
    }

    public static async Task<Results<Ok<AddedUserView>, ValidationProblem, NotFound>> NewTokenAsync(
        string name, NewTokenRequest? request, IUserStore users, AuditTrail audit, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (!TokenLifetime.TryParse(request?.Expires, out var lifetime, out var error))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["expires"] = [error] }, title: "No token was issued.");
        var token = ApiToken.Generate();
        if (await users.ReplaceTokenAsync(name, ApiToken.Hash(token), TokenLifetime.ExpiresAt(lifetime, clock.GetUtcNow()), ct) is not { } updated) return TypedResults.NotFound();
        await audit.RecordAsync(http, AuditActions.UserToken, $"user {updated.Name}", new { tokenExpiresAt = updated.TokenExpiresAt });
        return TypedResults.Ok(new AddedUserView(UserView.From(updated), token));
    }

    public static async Task<Results<NoContent, NotFound>> RevokeTokenAsync(string name, IUserStore users, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        if (!await users.RevokeTokenAsync(name, ct)) return TypedResults.NotFound();
        await audit.RecordAsync(http, AuditActions.UserRevoke, $"user {name}");
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, NotFound>> RemoveUserAsync(string name, IUserStore users, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        if (!await users.RemoveAsync(name, ct)) return TypedResults.NotFound();
        await audit.RecordAsync(http, AuditActions.UserRemove, $"user {name}");
        return TypedResults.NoContent();
    }
}
