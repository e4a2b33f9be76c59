using System.CommandLine;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Collect.Robots;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog robots check`: what a robots.txt lets an agent fetch, and which rule decided.</summary>
public static class RobotsCommands
{
    public static Command Create()
    {
        var robots = new Command("robots", "Find out what robots.txt lets Watchdog fetch");
        robots.Subcommands.Add(CreateCheck());
        return robots;
    }

    private static Command CreateCheck()
    {
        var source = new Argument<string>("ROBOTS_FILE|URL") { Description = "A robots.txt file, or the http(s) URL of one" };
        var urls = new Argument<string[]>("URL") { Description = "URLs to check", Arity = ArgumentArity.OneOrMore };
        var agent = new Option<string>("--agent") { Description = "User-agent to check for", DefaultValueFactory = _ => "Watchdog" };
        var json = GlobalOptions.Json("the verdicts");
        var command = new Command("check", "Print allowed or disallowed, with the matching rule, for each URL")
        {
            source, urls, agent, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var targets = parse.GetRequiredValue(urls).Select(ParseTarget).ToList();
            var policy = await RobotsLoader.LoadAsync(parse, parse.GetRequiredValue(source), ct);
            var name = parse.GetRequiredValue(agent);
            var verdicts = targets.Select(url => (Url: url, Verdict: policy.Evaluate(name, url))).ToList();
            if (parse.GetValue(json))
            {
                await Terminal.WriteJsonAsync(parse, verdicts.Select(v => new
                {
                    url = v.Url.AbsoluteUri,
                    allowed = v.Verdict.Allowed,
                    rule = v.Verdict.MatchedRule,
                    line = v.Verdict.Line,
                }));
            }
            else
            {
                var output = Terminal.Output(parse);
                foreach (var (url, verdict) in verdicts)
                {
                    await output.WriteLineAsync($"{(verdict.Allowed ? "allowed" : "disallowed"),-10} {url.AbsoluteUri}  {Describe(verdict)}");
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Uri ParseTarget(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new UsageException($"'{text}' is not an absolute http(s) URL to check.");

    private static string Describe(RobotsVerdict verdict) => verdict switch
    {
        { MatchedRule: null } => "(no rule matches)",
        { Line: { } line } => $"({verdict.MatchedRule}, line {line})",
        _ => $"({verdict.MatchedRule})",
    };
}
