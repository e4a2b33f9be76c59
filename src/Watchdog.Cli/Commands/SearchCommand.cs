using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Search;
using Watchdog.Core.Governance;
using Watchdog.Pipeline.Governance;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog search QUERY`: full-text search over stored articles, highlighted, paged.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY")
        {
            Description = "A query in the query language of standing queries: words, AND/OR/NOT, \"a phrase\"~n, prefix*, title:/text:/source:/tag:/lang:, published:>=DATE, @watchlist",
        };
        var language = new Option<string?>("--lang") { Description = "Only articles in this language (ISO 639-1, e.g. ru, kk, en)" };
        var source = new Option<long?>("--source") { Description = "Only articles from this source id" };
        var from = new Option<string?>("--from") { Description = "Published on or after this date (YYYY-MM-DD or ISO 8601)" };
        var to = new Option<string?>("--to") { Description = "Published on or before this date" };
        var newest = new Option<bool>("--newest") { Description = "Newest first instead of most relevant first" };
        var page = new Option<int>("--page") { Description = "Result page, from 1", DefaultValueFactory = _ => 1 };
        var json = GlobalOptions.Json("the results");
        var command = new Command("search", "Search stored articles") { query, language, source, from, to, newest, page, json };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(page) < 1) throw new UsageException("--page must be 1 or more.");
            var request = new SearchRequest
            {
                Query = parse.GetRequiredValue(query),
                Language = parse.GetValue(language),
                SourceId = parse.GetValue(source),
                From = ParseDate(parse.GetValue(from), "--from"),
                To = ParseDate(parse.GetValue(to), "--to", endOfDay: true),
                Order = parse.GetValue(newest) ? SearchOrder.Newest : SearchOrder.Relevance,
                Page = parse.GetValue(page),
            };
            await using var services = CliServices.Open(parse);
            await CliAudit.RecordAsync(services, AuditActions.Search, null, AuditDetails.Of(request));
            SearchResults results;
            try
            {
                results = await services.GetRequiredService<ISearchIndex>().SearchAsync(request, ct);
            }
            catch (InvalidQueryException e)
            {
                throw new UsageException(e.Position < 0 ? $"invalid query: {e.Message}" : MatchCommand.DescribeInvalid(request.Query, e.Message, e.Position));
            }
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, results);
            else Write(Terminal.Console(parse), results);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static DateTimeOffset? ParseDate(string? text, string option, bool endOfDay = false)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(endOfDay ? TimeOnly.MaxValue : TimeOnly.MinValue), TimeSpan.Zero);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return at;
        throw new UsageException($"{option} '{text}' is not a date; write YYYY-MM-DD or an ISO 8601 time.");
    }

    private static void Write(IAnsiConsole console, SearchResults results)
    {
        var pages = (results.Total + results.PageSize - 1) / Math.Max(1, results.PageSize);
        console.MarkupLine($"[grey]{results.Total} results, page {results.Page} of {Math.Max(1, pages)}[/]");
        foreach (var hit in results.Hits)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{MarkedText.ToMarkup(hit.HighlightedTitle)}[/]");
            console.MarkupLine($"[grey]{hit.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date"} · {hit.Language} · source {hit.SourceId} · {Markup.Escape(hit.Url.AbsoluteUri)}[/]");
            console.MarkupLine(MarkedText.ToMarkup(hit.Snippet));
        }
    }
}
