using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Governance;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Governance;
using Watchdog.Pipeline.Reporting;

namespace Watchdog.Cli.Commands.Stories;

/// <summary>`watchdog stories [QUERY]`: the matches of the last days grouped into stories, largest first.</summary>
public static class StoriesCommand
{
    private const int SamplesShown = 3;

    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = SearchFilterOptions.QueryHelp + "; \"\" or nothing: every article", DefaultValueFactory = _ => "" };
        var filters = new SearchFilterOptions();
        var days = new Option<int>("--days") { Description = "How many days back, when --from is not given", DefaultValueFactory = _ => 3 };
        var limit = new Option<int>("--limit") { Description = "At most this many stories", DefaultValueFactory = _ => 20 };
        var json = GlobalOptions.Json("the stories");
        var command = new Command("stories", $"Group the newest matching articles (at most {StoryFinder.MaxArticles}) into stories about one event, largest first") { query };
        filters.AddTo(command);
        command.Options.Add(days);
        command.Options.Add(limit);
        command.Options.Add(json);
        command.Subcommands.Add(StoriesClusterCommand.Create());
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(days) is < 1 or > 365) throw new UsageException("--days must be between 1 and 365.");
            if (parse.GetValue(limit) < 1) throw new UsageException("--limit must be 1 or more.");
            await using var services = CliServices.Open(parse);
            var filtered = filters.Read(parse, parse.GetValue(query) ?? "");
            var request = filtered with
            {
                From = filtered.From ?? (filtered.To ?? services.GetRequiredService<TimeProvider>().GetUtcNow()).AddDays(-parse.GetValue(days)),
            };
            await CliAudit.RecordAsync(services, AuditActions.Search, null, AuditDetails.Of(request));
            var stories = await SearchFilterOptions.OrUsageErrorAsync(request.Query, () => StoryFinder.FindAsync(
                services.GetRequiredService<ISearchIndex>(), services.GetRequiredService<IArticleStore>(), request, StoryFinder.MaxArticles,
                minArticles: 2, ct));
            var names = await SourceNames.LoadAsync(services.GetRequiredService<ISourceStore>(), ct);
            var shown = stories.Take(parse.GetValue(limit)).ToList();
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, shown.Select(s => Json(s, names)));
            else Write(Terminal.Console(parse), shown, names);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static object Json(FoundStory found, SourceNames names) => new
    {
        label = found.Story.Label,
        articles = found.Story.ArticleIds.Count,
        languages = found.Story.Languages,
        firstSeen = found.Story.FirstSeen,
        lastSeen = found.Story.LastSeen,
        items = found.Articles.Select(a => new { id = a.Id, title = a.Title, url = a.Url.AbsoluteUri, source = names.Of(a.SourceId), published = a.PublishedAt }),
    };

    private static void Write(IAnsiConsole console, IReadOnlyList<FoundStory> stories, SourceNames names)
    {
        if (stories.Count == 0)
        {
            console.MarkupLine("[grey]No story has two or more articles in this period.[/]");
            return;
        }
        foreach (var found in stories)
        {
            var story = found.Story;
            console.MarkupLine($"[bold]{Markup.Escape(string.Join(", ", story.Label))}[/] [grey]{story.ArticleIds.Count} articles · {string.Join(" ", story.Languages)} · {story.FirstSeen.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} – {story.LastSeen.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}[/]");
            foreach (var article in found.Articles.Take(SamplesShown))
                console.MarkupLine($"  {Markup.Escape(article.Title)} [grey]({Markup.Escape(names.Of(article.SourceId))})[/]");
            console.WriteLine();
        }
    }
}
