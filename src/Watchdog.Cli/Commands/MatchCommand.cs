using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Collect.Fetching;
using Watchdog.Core.Fetching;
using Watchdog.Core.Text;
using Watchdog.Core.Watching;
using Watchdog.Extract;
using Watchdog.Watch.Explain;
using Watchdog.Query.Watchlists;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog match --query Q (--text-file F | --url U)`: whether a query matches a text and why, so a user can see why an alert did or did not fire.</summary>
public static class MatchCommand
{
    public static Command Create()
    {
        var query = new Option<string>("--query") { Description = "A query in the query language, e.g. '\"central bank\" AND @officials'", Required = true };
        var textFile = new Option<FileInfo?>("--text-file") { Description = "Plain text to match; its first line is taken as the title" };
        var url = new Option<string?>("--url") { Description = "A web page to fetch and match (its extracted article)" };
        var language = new Option<string?>("--lang") { Description = "Language of the text (ISO 639-1); detected when omitted" };
        var json = GlobalOptions.Json("the explanation");
        var command = new Command("match", "Explain whether a query matches a text: matched passages and the normalised forms compared") { query, textFile, url, language, json };
        command.SetAction(async (parse, ct) =>
        {
            var queryText = parse.GetRequiredValue(query);
            var (title, text) = await ReadTextAsync(parse, parse.GetValue(textFile), parse.GetValue(url), ct);
            var explanation = MatchExplainer.Create(await WatchlistsAsync(parse, queryText, ct)).Explain(queryText, title, text, parse.GetValue(language));
            if (explanation.Error is not null) throw new UsageException(DescribeInvalid(queryText, explanation.Error, explanation.ErrorPosition ?? 0));
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, explanation);
            else Write(Terminal.Console(parse), explanation);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The query text with a caret under the position the error points at.</summary>
    public static string DescribeInvalid(string query, string error, int position) =>
        $"invalid query: {error}{Environment.NewLine}  {query}{Environment.NewLine}  {new string(' ', Math.Clamp(position, 0, query.Length))}^";

    private static async Task<(string Title, string Text)> ReadTextAsync(ParseResult parse, FileInfo? file, string? url, CancellationToken ct)
    {
        if ((file is null) == (url is null)) throw new UsageException("Give exactly one of --text-file and --url.");
        if (file is not null)
        {
            if (!file.Exists) throw new UsageException($"--text-file '{file.FullName}' does not exist.");
            var content = System.Text.Encoding.UTF8.GetString(await LocalFile.ReadBytesAsync(parse, file.FullName, ct)).TrimStart('\uFEFF');
            var firstBreak = content.IndexOf('\n', StringComparison.Ordinal);
            return firstBreak < 0 ? ("", content) : (content[..firstBreak].Trim(), content[(firstBreak + 1)..]);
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var page) || page.Scheme is not ("http" or "https"))
            throw new UsageException($"--url '{url}' is not an http(s) URL.");
        await using var services = CliServices.Open(parse);
        var fetched = await services.GetRequiredService<HttpFetcher>().FetchAsync(new FetchRequest(page), ct);
        if (!fetched.HasBody) throw new CommandFailedException($"fetching {page} failed: {fetched.Outcome} {fetched.Error}");
        var html = fetched.Text ?? CharsetDecoder.Decode(fetched.Body!, fetched.ContentType).Text;
        var article = ArticleExtractor.Extract(html, fetched.FinalUrl ?? page);
        return (article.Title ?? "", article.Text);
    }

    /// <summary>Only a query that names a watchlist needs the store; the rest works without a data folder.</summary>
    private static async Task<WatchlistCatalog> WatchlistsAsync(ParseResult parse, string query, CancellationToken ct)
    {
        if (!query.Contains('@', StringComparison.Ordinal)) return WatchlistCatalog.Empty;
        await using var services = CliServices.Open(parse);
        return new WatchlistCatalog(await services.GetRequiredService<IWatchStore>().ListWatchlistsAsync(ct));
    }

    private static void Write(IAnsiConsole console, MatchExplanation explanation)
    {
        console.MarkupLine(explanation.Matched ? "[green bold]matched[/]" : "[red bold]no match[/]");
        console.MarkupLine($"[grey]language {explanation.Language}{(explanation.LanguageDetected ? " (detected)" : "")} · query {Markup.Escape(explanation.ExpandedQuery)}[/]");
        var table = new Table().AddColumns("term", "normalised forms", "found", "matched words");
        foreach (var term in explanation.Terms)
        {
            table.AddRow(
                Markup.Escape((term.Negated ? "NOT " : "") + term.Term),
                Markup.Escape(string.Join(", ", term.NormalisedForms)),
                term.Occurrences.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", term.MatchedWords)));
        }
        console.Write(table);
        foreach (var passage in explanation.Passages) console.MarkupLine($"[grey]{passage.Field}:[/] {MarkedText.ToMarkup(passage.Highlighted)}");
    }
}
