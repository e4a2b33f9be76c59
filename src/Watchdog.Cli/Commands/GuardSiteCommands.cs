using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Governance;
using Watchdog.Core.Guard;
using Watchdog.Guard.Audit;
using Watchdog.Pipeline.Configuration;
using Watchdog.Application.Guard.Sites;

namespace Watchdog.Cli.Commands;

/// <summary>
/// `watchdog guard sites add|list|verify|schedule|remove|alerts`: the sites you run, registered for the site audit, proven
/// to be yours (a token served by the site), and audited on demand or on a schedule.
/// </summary>
public static class GuardSiteCommands
{
    private const int AlertLimit = 100;

    public static Command Create()
    {
        var command = new Command("sites", "Sites you run: register, prove control (a token the site serves), schedule audits, read their alerts");
        command.Subcommands.Add(CreateAdd());
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateVerify());
        command.Subcommands.Add(CreateSchedule());
        command.Subcommands.Add(CreateRemove());
        command.Subcommands.Add(CreateAlerts());
        return command;
    }

    /// <summary>`--allow-private`: loopback and private addresses for this command, whatever the fetcher's configuration says.</summary>
    public static Option<bool> AllowPrivateOption() => new("--allow-private") { Description = "Allow sites on loopback and private network addresses (refused by default)" };

    /// <summary>The services, with the fetcher allowed onto loopback and private networks when <paramref name="allowPrivate"/> is set.</summary>
    public static ServiceProvider Open(ParseResult parse, Option<bool>? allowPrivate = null) =>
        CliServices.Open(parse, extra: allowPrivate is not null && parse.GetValue(allowPrivate)
            ? new Dictionary<string, string?>
            {
                [$"{WatchdogOptions.SectionName}:{nameof(WatchdogOptions.Fetcher)}:{nameof(FetcherSettings.AllowLoopback)}"] = "true",
                [$"{WatchdogOptions.SectionName}:{nameof(WatchdogOptions.Fetcher)}:{nameof(FetcherSettings.AllowPrivateNetworks)}"] = "true",
            }
            : null);

    /// <summary>Runs a guard-site step, turning its refusals into the CLI's exit codes: 2 for a bad URL or an unproven site.</summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (GuardSiteException e)
        {
            throw new UsageException(e.Message);
        }
        catch (SiteAuditException e) when (e.Failure is SiteAuditFailure.InvalidUrl or SiteAuditFailure.AddressRefused)
        {
            throw new UsageException($"{e.Message}; pass --allow-private to audit a site on your own network.");
        }
        catch (SiteAuditException e)
        {
            throw new CommandFailedException(e.Message);
        }
    }

    private static Argument<string> UrlArgument() => new("URL") { Description = "Your site, e.g. https://news.example.org/ (only its origin counts)" };

    private static Command CreateAdd()
    {
        var url = UrlArgument();
        var json = GlobalOptions.Json("the site and its token");
        var command = new Command("add", "Register a site you run and print the token it must serve to prove control") { url, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = Open(parse);
            var (site, added) = await RunAsync(() => services.GetRequiredService<GuardSites>().AddAsync(parse.GetRequiredValue(url), AuditActors.Cli, ct));
            if (parse.GetValue(json))
            {
                await Terminal.WriteJsonAsync(parse, site);
                return ExitCodes.Ok;
            }
            var output = Terminal.Output(parse);
            await output.WriteLineAsync($"{(added ? "registered" : "already registered:")} {site.Origin}{(site.IsVerified ? " (verified)" : "")}");
            await output.WriteLineAsync($"token: {site.Token}");
            if (!site.IsVerified) await output.WriteLineAsync($"to prove control, {Watchdog.Guard.Control.SiteVerification.HowTo(new Uri(site.Origin), site.Token)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateList()
    {
        var json = GlobalOptions.Json("the sites");
        var command = new Command("list", "Sites registered for the audit: verified or not, schedule, last audit") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = Open(parse);
            var sites = await services.GetRequiredService<GuardSites>().ListAsync(ct);
            if (parse.GetValue(json))
            {
                await Terminal.WriteJsonAsync(parse, sites);
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("site", "verified", "every", "last audit (UTC)", "high findings", "certificate until");
            foreach (var s in sites)
            {
                table.AddRow(Markup.Escape(s.Origin), s.VerifiedWith is { } how ? $"yes ({how})" : "[yellow]no[/]", s.AuditEvery is { } e ? new Duration(e).ToString() : "on demand",
                    Utc(s.LastAuditAt), Markup.Escape(string.Join(", ", s.LastHighFindings)), Utc(s.CertificateExpiresAt));
            }
            Terminal.Console(parse).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateVerify()
    {
        var url = UrlArgument();
        var allowPrivate = AllowPrivateOption();
        var command = new Command("verify", $"Prove control: one GET of /.well-known/watchdog-verification.txt (no redirects), then DNS TXT. Exit code {ExitCodes.Failure} when not proven.")
        {
            url, allowPrivate,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = Open(parse, allowPrivate);
            var (site, proof) = await RunAsync(() => services.GetRequiredService<GuardSites>().VerifyAsync(parse.GetRequiredValue(url), AuditActors.Cli, ct));
            if (!proof.Proven) throw new CommandFailedException($"control of {site.Origin} is not proven: {proof.Explanation}");
            await Terminal.Output(parse).WriteLineAsync($"verified {site.Origin}: {proof.Explanation}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateSchedule()
    {
        var url = UrlArgument();
        var every = new Option<string?>("--every") { Description = "How often the service audits the site, e.g. 1d or 12h (at least 1h); leave out to audit only on demand" };
        var command = new Command("schedule", "Audit a verified site on a schedule; alerts for new high-severity findings and certificates expiring within 14 days") { url, every };
        command.SetAction(async (parse, ct) =>
        {
            TimeSpan? interval = null;
            if (parse.GetValue(every) is { } text)
                interval = Duration.TryParse(text, out var parsed) ? parsed.Value.Value : throw new UsageException($"--every '{text}' is not a duration; write e.g. 12h or 1d.");
            await using var services = Open(parse);
            var site = await RunAsync(() => services.GetRequiredService<GuardSites>().ScheduleAsync(parse.GetRequiredValue(url), interval, AuditActors.Cli, ct));
            await Terminal.Output(parse).WriteLineAsync(site.AuditEvery is { } e ? $"{site.Origin} is audited every {new Duration(e)} by the service" : $"{site.Origin} is audited on demand only");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateRemove()
    {
        var url = UrlArgument();
        var command = new Command("remove", "Forget a site: its proof of control, schedule and alerts") { url };
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetRequiredValue(url);
            await using var services = Open(parse);
            if (!await RunAsync(() => services.GetRequiredService<GuardSites>().RemoveAsync(text, AuditActors.Cli, ct))) throw new CommandFailedException($"{text} is not registered");
            await Terminal.Output(parse).WriteLineAsync($"removed {text}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateAlerts()
    {
        var json = GlobalOptions.Json("the alerts");
        var command = new Command("alerts", $"Alerts of site audits, newest first (at most {AlertLimit})") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = Open(parse);
            var alerts = await services.GetRequiredService<GuardSites>().AlertsAsync(AlertLimit, ct);
            if (parse.GetValue(json))
            {
                await Terminal.WriteJsonAsync(parse, alerts);
                return ExitCodes.Ok;
            }
            var output = Terminal.Output(parse);
            foreach (var a in alerts) await output.WriteLineAsync($"{Utc(a.At)}  {a.Kind}  {a.Message}");
            if (alerts.Count == 0) await output.WriteLineAsync("no site alerts");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Utc(DateTimeOffset? at) => at?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
}
