using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Watching;
using Watchdog.Query;
using Watchdog.Query.Watchlists;
using Watchdog.Core.Governance;
using Watchdog.Application.Governance;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog queries list|add|remove`: standing queries matched against every new article.</summary>
public static class QueriesCommands
{
    public static Command Create()
    {
        var queries = new Command("queries", "List, add and remove standing queries");
        queries.Subcommands.Add(CreateList());
        queries.Subcommands.Add(CreateAdd());
        queries.Subcommands.Add(CreateRemove());
        return queries;
    }

    private static Command CreateList() => WatchStoreListing.Create(
        "List standing queries", "the standing queries and their rules", (_, store, ct) => store.ListQueriesAsync(ct), (console, queries) =>
        {
            var table = new Table().AddColumns("id", "name", "query", "enabled", "digest", "max/hour", "targets");
            foreach (var q in queries)
            {
                table.AddRow(
                    q.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(q.Name), Markup.Escape(q.QueryText), q.Enabled ? "yes" : "no",
                    q.Rule.Digest.ToString().ToLowerInvariant(), q.Rule.MaxPerHour?.ToString(CultureInfo.InvariantCulture) ?? "-",
                    Markup.Escape(string.Join(", ", q.Rule.Targets.Select(t => $"{t.Channel.ToString().ToLowerInvariant()} {t.Address}"))));
            }
            console.Write(table);
        });

    private static Command CreateAdd()
    {
        var name = new Argument<string>("NAME") { Description = "What the alerts are called" };
        var text = new Argument<string>("QUERY") { Description = "A query in the query language, e.g. '@officials AND (arrest OR detained)'" };
        var webhook = new Option<string?>("--webhook") { Description = "POST alerts as signed JSON to this http(s) URL" };
        var secret = new Option<string?>("--secret") { Description = "HMAC-SHA256 key the webhook body is signed with" };
        var email = new Option<string?>("--email") { Description = "E-mail alerts to this address (needs Watchdog:Alerts:Smtp)" };
        var maxPerHour = new Option<int?>("--max-per-hour") { Description = "Send at most this many alerts an hour one by one; the rest go out together later" };
        var digest = new Option<string>("--digest") { Description = "Collect alerts and send them hourly or daily", DefaultValueFactory = _ => "none" };
        digest.AcceptOnlyFromAmong("none", "hourly", "daily");
        var json = GlobalOptions.Json("the stored query");
        var command = new Command("add", "Add a standing query") { name, text, webhook, secret, email, maxPerHour, digest, json };
        command.SetAction(async (parse, ct) =>
        {
            var queryText = parse.GetRequiredValue(text);
            if (parse.GetValue(secret) is not null && parse.GetValue(webhook) is null) throw new UsageException("--secret signs webhook calls; give --webhook too.");
            if (parse.GetValue(maxPerHour) is < 1) throw new UsageException("--max-per-hour must be 1 or more.");
            var query = new StandingQuery
            {
                Name = parse.GetRequiredValue(name),
                QueryText = queryText,
                Rule = new AlertRule
                {
                    MaxPerHour = parse.GetValue(maxPerHour),
                    Digest = Enum.Parse<DigestMode>(parse.GetRequiredValue(digest), ignoreCase: true),
                    Targets = Targets(parse.GetValue(webhook), parse.GetValue(secret), parse.GetValue(email)),
                },
            };
            await using var services = CliServices.Open(parse);
            var store = services.GetRequiredService<IWatchStore>();
            // As the API does: parsed and its @watchlists resolved against the store, so an unknown list is refused now.
            if (QueryCheck.Check(queryText, new WatchlistCatalog(await store.ListWatchlistsAsync(ct))) is { } e)
                throw new UsageException(MatchCommand.DescribeInvalid(queryText, e.Message, e.Position));
            var saved = await store.SaveQueryAsync(query, ct);
            await CliAudit.RecordAsync(services, AuditActions.QueryCreate, AuditDetails.Target(saved), AuditDetails.Of(saved));
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, saved);
            else await Terminal.Output(parse).WriteLineAsync($"added query {saved.Id}: {saved.Name}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateRemove()
    {
        var id = new Argument<long>("ID") { Description = "The standing query's id (see `watchdog queries list`)" };
        var command = new Command("remove", "Remove a standing query (its alerts stay)") { id };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse);
            var queryId = parse.GetValue(id);
            var store = services.GetRequiredService<IWatchStore>();
            var existing = await store.GetQueryAsync(queryId, ct);
            if (existing is null || !await store.RemoveQueryAsync(queryId, ct)) throw new CommandFailedException($"no standing query {queryId}");
            await CliAudit.RecordAsync(services, AuditActions.QueryDelete, AuditDetails.Target(existing), AuditDetails.Of(existing));
            await Terminal.Output(parse).WriteLineAsync($"removed query {queryId}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<DeliveryTarget> Targets(string? webhook, string? secret, string? email)
    {
        var targets = new List<DeliveryTarget>();
        if (webhook is not null)
        {
            if (!Uri.TryCreate(webhook, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                throw new UsageException($"--webhook '{webhook}' is not an http(s) URL.");
            targets.Add(new DeliveryTarget(DeliveryChannel.Webhook, url.AbsoluteUri) { Secret = secret });
        }
        if (email is not null)
        {
            if (!System.Net.Mail.MailAddress.TryCreate(email, out var address)) throw new UsageException($"--email '{email}' is not an e-mail address.");
            targets.Add(new DeliveryTarget(DeliveryChannel.Email, address.Address));
        }
        return targets;
    }
}
