using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Governance;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Core.Stories;
using Watchdog.Application.Governance;
using Watchdog.Application.Reporting;

namespace Watchdog.Cli.Commands.Stories;

/// <summary>`watchdog stories sources [QUERY]`: who breaks and who follows — per source, stories published first, followed, reprinted.</summary>
public static class StorySourcesCommand
{
    private const int MinStoryArticles = 2;

    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = SearchFilterOptions.QueryHelp + "; \"\" or nothing: every article", DefaultValueFactory = _ => "" };
        var filters = new StoryFilters();
        var json = GlobalOptions.Json("the sources");
        var command = new Command("sources", "Who breaks and who follows: for the stories several sources reported, how many each source published first, followed with its own report, or reprinted") { query };
        filters.AddTo(command);
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse);
            var request = filters.Read(parse, parse.GetValue(query) ?? "", services);
            await CliAudit.RecordAsync(services, AuditActions.Search, null, AuditDetails.Of(request));
            var stories = await SearchFilterOptions.OrUsageErrorAsync(request.Query, () => StoryFinder.FindAsync(
                services.GetRequiredService<ISearchIndex>(), services.GetRequiredService<IArticleStore>(), services.GetRequiredService<IStoryStore>(),
                request, StoryFinder.MaxStoriesForRoles, MinStoryArticles, ct));
            var names = await SourceNames.LoadAsync(services.GetRequiredService<ISourceStore>(), ct);
            var roles = SourceRoles.Of(stories.Select(s => s.Timeline)).Take(parse.GetValue(filters.Limit)).ToList();
            if (parse.GetValue(json))
            {
                await Terminal.WriteJsonAsync(parse, roles.Select(r => new
                {
                    sourceId = r.SourceId, source = names.Of(r.SourceId), stories = r.Stories, first = r.Broke, followed = r.Followed, reprinted = r.Reprinted,
                    medianMinutesBehind = r.MedianDelay is { } delay ? (long?)delay.TotalMinutes : null,
                }));
                return ExitCodes.Ok;
            }
            var console = Terminal.Console(parse);
            if (roles.Count == 0)
            {
                console.MarkupLine("[grey]No story was reported by two or more sources in this period.[/]");
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("source", "stories", "first", "followed", "reprinted", "median behind");
            foreach (var r in roles)
                table.AddRow(Markup.Escape(names.Of(r.SourceId)), $"{r.Stories}", $"{r.Broke}", $"{r.Followed}", $"{r.Reprinted}", r.MedianDelay is { } d ? StoriesCommand.Delay(d) : "—");
            console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
