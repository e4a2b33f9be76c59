using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Watchdog.Cli.CommandLine;
using Watchdog.Collect.Feeds;
using Watchdog.Collect.Fetching;
using Watchdog.Core.Fetching;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog feed parse`: shows what the feed parser made of a feed, to find out why a source misbehaves.</summary>
public static class FeedCommands
{
    public static Command Create()
    {
        var feed = new Command("feed", "Inspect feeds");
        feed.Subcommands.Add(CreateParse());
        return feed;
    }

    private static Command CreateParse()
    {
        var source = new Argument<string>("FILE|URL") { Description = "A feed file, or the http(s) URL of a feed" };
        var json = GlobalOptions.Json("the parsed feed (title, link, items with ISO 8601 dates, problems)");
        var command = new Command("parse", "Parse a feed (RSS, Atom, RDF, JSON Feed) and print what was understood") { source, json };
        command.SetAction(async (parse, ct) =>
        {
            var feed = await ReadAsync(parse, parse.GetRequiredValue(source), ct);
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, feed);
            else await WriteSummaryAsync(Terminal.Output(parse), feed);
            return feed.Format == FeedFormat.Unknown ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<ParsedFeed> ReadAsync(ParseResult parse, string fileOrUrl, CancellationToken ct)
    {
        if (Uri.TryCreate(fileOrUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            await using var services = CliServices.Open(parse);
            var fetched = await services.GetRequiredService<HttpFetcher>().FetchAsync(new FetchRequest(url), ct);
            if (!fetched.HasBody) throw new CommandFailedException($"fetching {url} failed: {fetched.Outcome} {fetched.Error}");
            return FeedParser.Parse(fetched.Body!, fetched.ContentType, fetched.FinalUrl ?? url);
        }
        if (!File.Exists(fileOrUrl)) throw new UsageException($"'{fileOrUrl}' is neither a feed file nor an http(s) URL.");
        return FeedParser.Parse(await LocalFile.ReadBytesAsync(parse, fileOrUrl, ct), contentType: null, baseUrl: null);
    }

    private static async Task WriteSummaryAsync(TextWriter output, ParsedFeed feed)
    {
        await output.WriteLineAsync($"format: {feed.Format} {feed.Version}  well-formed: {(feed.WellFormed ? "yes" : "no")}");
        await output.WriteLineAsync($"title:  {feed.Title}");
        await output.WriteLineAsync($"link:   {feed.Link}");
        await output.WriteLineAsync($"items:  {feed.Items.Count}");
        foreach (var item in feed.Items)
        {
            await output.WriteLineAsync($"  - {item.Published?.ToString("o") ?? "(no date)"}  {item.Title}");
            await output.WriteLineAsync($"    {item.Link}");
        }
        foreach (var problem in feed.Problems) await output.WriteLineAsync($"problem: {problem}");
    }
}
