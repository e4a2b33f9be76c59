using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Governance;

namespace Watchdog.Cli.Commands.Governance;

/// <summary>`watchdog users add|list|remove`: who may use the REST API and dashboard, and with which role.</summary>
public static class UsersCommands
{
    public static Command Create()
    {
        var users = new Command("users", "Add, list and remove users of the REST API and dashboard");
        users.Subcommands.Add(CreateAdd());
        users.Subcommands.Add(CreateList());
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
        var json = GlobalOptions.Json("the user and token");
        var command = new Command("add", "Add a user and print their API token (shown this once; only its hash is stored)") { name, role, json };
        command.SetAction(async (parse, ct) =>
        {
            var userName = parse.GetRequiredValue(name).Trim();
            if (!User.IsValidName(userName)) throw new UsageException($"'{userName}' is not a user name: use 1 to 64 letters, digits, '-', '_' or '.'.");
            var token = ApiToken.Generate();
            await using var services = CliServices.Open(parse);
            User added;
            try
            {
                added = await services.GetRequiredService<IUserStore>().AddAsync(
                    new User { Name = userName, Role = Enum.Parse<Role>(parse.GetRequiredValue(role), ignoreCase: true) }, ApiToken.Hash(token), ct);
            }
            catch (InvalidOperationException e)
            {
                throw new UsageException(e.Message);
            }
            await CliAudit.RecordAsync(services, AuditActions.UserAdd, $"user {added.Name}", new { role = added.Role.ToString().ToLowerInvariant() });
            if (parse.GetValue(json))
            {
                await Terminal.WriteJsonAsync(parse, new { user = added, token });
                return ExitCodes.Ok;
            }
            var output = Terminal.Output(parse);
            await output.WriteLineAsync($"added user {added.Name} ({added.Role.ToString().ToLowerInvariant()}); their API token, shown only now:");
            await output.WriteLineAsync(token);
            return ExitCodes.Ok;
        });
        return command;
    }

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
            var table = new Table().AddColumns("name", "role", "created (UTC)");
            foreach (var u in users)
                table.AddRow(Markup.Escape(u.Name), u.Role.ToString().ToLowerInvariant(), u.CreatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            Terminal.Console(parse).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

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
