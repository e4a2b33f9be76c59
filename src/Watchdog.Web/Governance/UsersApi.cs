using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Governance;
using Watchdog.Pipeline.Governance;
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
        AddUserRequest request, IUserStore users, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim() ?? "";
        if (!User.IsValidName(name)) errors["name"] = ["The name must be 1 to 64 letters, digits, '-', '_' or '.'."];
        if (!Enum.TryParse<Role>(request.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(request.Role, out _))
            errors["role"] = [$"'{request.Role}' is not a role; use viewer, analyst or admin."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The user cannot be added.");

        var token = ApiToken.Generate();
        User added;
        try
        {
            added = await users.AddAsync(new User { Name = name, Role = role }, ApiToken.Hash(token), ct);
        }
        catch (InvalidOperationException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The name is taken.", detail: e.Message);
        }
        await audit.RecordAsync(http, AuditActions.UserAdd, $"user {added.Name}", new { role = added.Role.ToString().ToLowerInvariant() });
        return TypedResults.Created($"/api/users/{Uri.EscapeDataString(added.Name)}", new AddedUserView(UserView.From(added), token));
    }

    public static async Task<Results<NoContent, NotFound>> RemoveUserAsync(string name, IUserStore users, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        if (!await users.RemoveAsync(name, ct)) return TypedResults.NotFound();
        await audit.RecordAsync(http, AuditActions.UserRemove, $"user {name}");
        return TypedResults.NoContent();
    }
}
