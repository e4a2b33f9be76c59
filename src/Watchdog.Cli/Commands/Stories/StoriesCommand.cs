using System.CommandLine;
using System.Globalization;
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

/// <summary>`watchdog stories [QUERY]`: the stories among the matches of a period, as ingest stored them, most matches first.</summary>
public static class StoriesCommand
{
    private const int SamplesShown = 4;

    /// <summary>Stories of one article are just articles.</summary>
    private const int MinStoryArticles = 2;

    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = SearchFilterOptions.QueryHelp + "; \"\" or nothing: every article", DefaultValueFactory = _ => "" };
        var filters = new StoryFilters();
        var json = GlobalOptions.Json("the stories");
        var command = new Command("stories", "The stories (articles about one event, across sources and languages) among the matching articles, as stored at ingest; most matches first, each with its timeline") { query };
        filters.AddTo(command);
        command.Options.Add(json);
        command.Subcommands.Add(StoriesClusterCommand.Create());
        command.Subcommands.Add(StorySourcesCommand.Create());
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse);
            var request = filters.Read(parse, parse.GetValue(query) ?? "", services);
            await CliAudit.RecordAsync(services, AuditActions.Search, null, AuditDetails.Of(request));
            var limit = parse.GetValue(filters.Limit);
            var stories = await SearchFilterOptions.OrUsageErrorAsync(request.Query, () => StoryFinder.FindAsync(
                services.GetRequiredService<ISearchIndex>(), services.GetRequiredService<IArticleStore>(), services.GetRequiredService<IStoryStore>(),
                request, limit, MinStoryArticles, ct));
            var names = await SourceNames.LoadAsync(services.GetRequiredService<ISourceStore>(), ct);
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, stories.Select(s => Json(s, names)));
            else Write(Terminal.Console(parse), stories, names);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static object Json(FoundStory found, SourceNames names) => new
    {
        id = found.Story.Id,
        label = found.Story.Label,
        articles = found.Articles.Count,
        totalArticles = found.Story.Size,
        languages = found.Story.Languages,
        tone = ToneShares.From(found.Tone),
        firstSeen = found.Story.FirstSeen,
        lastSeen = found.Story.LastSeen,
        timeline = found.Timeline.Select(e => new
        {
            id = e.Article.Id, title = e.Article.Title, url = e.Article.Url.AbsoluteUri, source = names.Of(e.Article.SourceId), language = e.Article.Language,
            published = e.Article.PublishedAt, role = StoryRoleNames.Of(e.Role), minutesAfterFirst = (long)e.AfterFirst.TotalMinutes, reprintOf = e.ReprintOf,
        }),
    };

    private static void Write(IAnsiConsole console, IReadOnlyList<FoundStory> stories, SourceNames names)
    {
        if (stories.Count == 0)
        {
            console.MarkupLine("[grey]No story has two or more matching articles in this period.[/]");
            return;
        }
        foreach (var found in stories)
        {
            var story = found.Story;
            console.MarkupLine($"[bold]#{story.Id} {Markup.Escape(string.Join(", ", story.Label))}[/] [grey]{found.Articles.Count} articles · {string.Join(" ", story.Languages)} · {story.FirstSeen.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} – {story.LastSeen.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}[/]");
            console.MarkupLine($"  [grey]tone: {Markup.Escape(ToneShares.From(found.Tone).Describe())}[/]");
            foreach (var entry in found.Timeline.Take(SamplesShown))
                console.MarkupLine($"  {StoryRoleNames.Of(entry.Role),-8} {Markup.Escape(entry.Article.Title)} [grey]({Markup.Escape(names.Of(entry.Article.SourceId))}{(entry.Role == StoryRole.First ? "" : ", +" + Delay(entry.AfterFirst))})[/]");
            console.WriteLine();
        }
    }

    public static string Delay(TimeSpan delay) =>
        delay.TotalHours < 1 ? $"{(int)delay.TotalMinutes} min" : delay.TotalDays < 1 ? $"{(int)delay.TotalHours} h" : $"{(int)delay.TotalDays} d";
}
