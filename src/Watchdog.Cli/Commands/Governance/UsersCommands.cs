using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Governance;
using Watchdog.Pipeline.Configuration;
using Watchdog.Application.Governance;

namespace Watchdog.Cli.Commands.Governance;

/// <summary>`watchdog users add|list|token|revoke|remove`: who may use the REST API and dashboard, with which role and token.</summary>
public static class UsersCommands
{
    public static Command Create()
    {
        var users = new Command("users", "Add, list and remove users of the REST API and dashboard");
        users.Subcommands.Add(CreateAdd());
        users.Subcommands.Add(CreateList());
        users.Subcommands.Add(CreateToken());
        users.Subcommands.Add(CreateRevoke());
        users.Subcommands.Add(CreateRemove());
        return users;
    }

    private static Command CreateAdd()
    {
        var name = new Argument<string>("NAME") { Description = "Letters, digits, '-', '_' and '.'; the audit log names the user by it" };
        var role = new Option<string>("--role")
        {
            Description = "viewer (read, search, alerts), analyst (+ sources, watchlists, queries) or admin (+ users, audit log)",
            Required = true,
        };
        role.AcceptOnlyFromAmong("viewer", "analyst", "admin");
        var expires = ExpiresOption();
        var json = GlobalOptions.Json("the user and token");
        var command = new Command("add", "Add a user and print their API token (shown this once; only its hash is stored)") { name, role, expires, json };
        command.SetAction(async (parse, ct) =>
        {
            var userName = parse.GetRequiredValue(name).Trim();
            if (!User.IsValidName(userName)) throw new UsageException($"'{userName}' is not a user name: use 1 to 64 letters, digits, '-', '_' or '.'.");
            var expiresAt = ExpiresAt(parse, expires);
            var token = ApiToken.Generate();
            await using var services = CliServices.Open(parse);
            User added;
            try
            {
                added = await services.GetRequiredService<IUserStore>().AddAsync(
                    new User { Name = userName, Role = Enum.Parse<Role>(parse.GetRequiredValue(role), ignoreCase: true), TokenExpiresAt = expiresAt },
                    ApiToken.Hash(token), ct);
            }
            catch (InvalidOperationException e)
            {
                throw new UsageException(e.Message);
            }
            await CliAudit.RecordAsync(services, AuditActions.UserAdd, $"user {added.Name}", new { role = added.Role.ToString().ToLowerInvariant(), tokenExpiresAt = added.TokenExpiresAt });
            return await PrintTokenAsync(parse, json, added, token, $"added user {added.Name} ({added.Role.ToString().ToLowerInvariant()})");
        });
        return command;
    }

    private static Command CreateToken()
    {
        var name = new Argument<string>("NAME") { Description = "The user to give a new token; the old one stops working at once" };
        var expires = ExpiresOption();
        var json = GlobalOptions.Json("the user and token");
        var command = new Command("token", "Give a user a new API token (the old one stops working; a revocation is lifted)") { name, expires, json };
        command.SetAction(async (parse, ct) =>
        {
            var userName = parse.GetRequiredValue(name);
            var expiresAt = ExpiresAt(parse, expires);
            var token = ApiToken.Generate();
            await using var services = CliServices.Open(parse);
            var updated = await services.GetRequiredService<IUserStore>().ReplaceTokenAsync(userName, ApiToken.Hash(token), expiresAt, ct)
                ?? throw new CommandFailedException($"there is no user named '{userName}'");
            await CliAudit.RecordAsync(services, AuditActions.UserToken, $"user {updated.Name}", new { tokenExpiresAt = updated.TokenExpiresAt });
            return await PrintTokenAsync(parse, json, updated, token, $"new token for {updated.Name}");
        });
        return command;
    }

    private static Command CreateRevoke()
    {
        var name = new Argument<string>("NAME") { Description = "The user whose token stops working at once (the user is kept)" };
        var command = new Command("revoke", "Revoke a user's API token; `users token NAME` issues a new one") { name };
        command.SetAction(async (parse, ct) =>
        {
            var userName = parse.GetRequiredValue(name);
            await using var services = CliServices.Open(parse);
            if (!await services.GetRequiredService<IUserStore>().RevokeTokenAsync(userName, ct)) throw new CommandFailedException($"there is no user named '{userName}'");
            await CliAudit.RecordAsync(services, AuditActions.UserRevoke, $"user {userName}");
            await Terminal.Output(parse).WriteLineAsync($"revoked the token of {userName}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string> ExpiresOption() => new("--expires")
    {
        Description = $"How long the token works: e.g. 30d, 12h or {TokenLifetime.Never} (default {new Duration(TokenLifetime.Default)})",
    };

    private static DateTimeOffset? ExpiresAt(ParseResult parse, Option<string> expires)
    {
        if (!TokenLifetime.TryParse(parse.GetValue(expires), out var lifetime, out var error)) throw new UsageException("--expires " + error);
        return TokenLifetime.ExpiresAt(lifetime, TimeProvider.System.GetUtcNow());
    }

    private static async Task<int> PrintTokenAsync(ParseResult parse, Option<bool> json, User user, string token, string what)
    {
        if (parse.GetValue(json))
        {
            await Terminal.WriteJsonAsync(parse, new { user, token });
            return ExitCodes.Ok;
        }
        var output = Terminal.Output(parse);
        var expiry = user.TokenExpiresAt is { } at ? $"expires {Utc(at)} UTC" : "never expires";
        await output.WriteLineAsync($"{what}; their API token ({expiry}), shown only now:");
        await output.WriteLineAsync(token);
        return ExitCodes.Ok;
    }

    private static string Utc(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static Command CreateList()
    {
        var json = GlobalOptions.Json("the users");
        var command = new Command("list", "List users and their roles") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse);
            var users = await services.GetRequiredService<IUserStore>().ListAsync(ct);
            if (parse.GetValue(json))
            {
                await Terminal.WriteJsonAsync(parse, users);
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("name", "role", "created (UTC)", "token (UTC)");
            var now = TimeProvider.System.GetUtcNow();
            foreach (var u in users)
                table.AddRow(Markup.Escape(u.Name), u.Role.ToString().ToLowerInvariant(), Utc(u.CreatedAt), TokenState(u, now));
            Terminal.Console(parse).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string TokenState(User user, DateTimeOffset now) => user switch
    {
        { TokenRevokedAt: { } revoked } => $"revoked {Utc(revoked)}",
        { TokenExpiresAt: { } expires } when expires <= now => $"expired {Utc(expires)}",
        { TokenExpiresAt: { } expires } => $"expires {Utc(expires)}",
        _ => "never expires",
    };

    private static Command CreateRemove()
    {
        var name = new Argument<string>("NAME") { Description = "The user to remove; their token stops working at once" };
        var command = new Command("remove", "Remove a user") { name };
        command.SetAction(async (parse, ct) =>
        {
            var userName = parse.GetRequiredValue(name);
            await using var services = CliServices.Open(parse);
            if (!await services.GetRequiredService<IUserStore>().RemoveAsync(userName, ct)) throw new CommandFailedException($"there is no user named '{userName}'");
            await CliAudit.RecordAsync(services, AuditActions.UserRemove, $"user {userName}");
            await Terminal.Output(parse).WriteLineAsync($"removed user {userName}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
