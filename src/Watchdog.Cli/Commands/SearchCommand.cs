using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Search;
using Watchdog.Core.Governance;
using Watchdog.Application.Governance;
using Watchdog.Application.Reporting;
using Watchdog.Core.Storage;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog search QUERY`: full-text search over stored articles, highlighted, paged.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = SearchFilterOptions.QueryHelp };
        var filters = new SearchFilterOptions();
        var newest = new Option<bool>("--newest") { Description = "Newest first instead of most relevant first" };
        var page = new Option<int>("--page") { Description = "Result page, from 1", DefaultValueFactory = _ => 1 };
        var json = GlobalOptions.Json("the results");
        var command = new Command("search", "Search stored articles") { query };
        filters.AddTo(command);
        command.Options.Add(newest);
        command.Options.Add(page);
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(page) < 1) throw new UsageException("--page must be 1 or more.");
            var request = filters.Read(parse, parse.GetRequiredValue(query)) with
            {
                Order = parse.GetValue(newest) ? SearchOrder.Newest : SearchOrder.Relevance,
                Page = parse.GetValue(page),
            };
            await using var services = CliServices.Open(parse);
            await CliAudit.RecordAsync(services, AuditActions.Search, null, AuditDetails.Of(request));
            var results = await SearchFilterOptions.OrUsageErrorAsync(request.Query,
                () => services.GetRequiredService<ISearchIndex>().SearchAsync(request, ct));
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, results);
            else Write(Terminal.Console(parse), results, await SourceNames.LoadAsync(services.GetRequiredService<ISourceStore>(), ct));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, SearchResults results, SourceNames sources)
    {
        var pages = (results.Total + results.PageSize - 1) / Math.Max(1, results.PageSize);
        console.MarkupLine($"[grey]{results.Total} results, page {results.Page} of {Math.Max(1, pages)}[/]");
        foreach (var hit in results.Hits)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{MarkedText.ToMarkup(hit.HighlightedTitle)}[/]");
            console.MarkupLine($"[grey]{hit.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date"} · {hit.Language} · {Markup.Escape(sources.Of(hit.SourceId))} · {Markup.Escape(hit.Url.AbsoluteUri)}[/]");
            console.MarkupLine(MarkedText.ToMarkup(hit.Snippet));
        }
    }
}
