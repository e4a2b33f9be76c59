using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Analysis.Entities;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Governance;
using Watchdog.Core.Search;
using Watchdog.Core.Entities;
using Watchdog.Application.Governance;
using Watchdog.Application.Reporting;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog entities [QUERY]`: the people, organisations and places every match names, most mentioned first; `tag` and `train` for the tagger itself.</summary>
public static class EntitiesCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = SearchFilterOptions.QueryHelp + "; \"\" or nothing: every article", DefaultValueFactory = _ => "" };
        var filters = new SearchFilterOptions();
        var kind = new Option<string?>("--kind") { Description = $"Only this kind: {EntityKindNames.Help}" };
        var limit = new Option<int>("--limit") { Description = "At most this many entities of each kind", DefaultValueFactory = _ => 30 };
        var json = GlobalOptions.Json("the entities");
        var command = new Command("entities",
            "Count the people, organisations and places named in every matching article (last 30 days by default), from the entities tagged at ingest") { query };
        filters.AddTo(command);
        command.Options.Add(kind);
        command.Options.Add(limit);
        command.Options.Add(json);
        command.Subcommands.Add(Entities.EntityTagCommand.Create());
        command.Subcommands.Add(Entities.EntityTrainCommand.Create());
        command.Subcommands.Add(Entities.EntityBackfillCommand.Create());
        command.SetAction(async (parse, ct) =>
        {
            EntityKind? only = null;
            if (parse.GetValue(kind) is { } kindText)
                only = EntityKindNames.TryParse(kindText, out var parsed) ? parsed : throw new UsageException($"--kind '{kindText}' is not a kind; use {EntityKindNames.Help}.");
            if (parse.GetValue(limit) < 1) throw new UsageException("--limit must be 1 or more.");
            await using var services = CliServices.Open(parse);
            var zone = services.GetRequiredService<Core.Localization.UiLocale>().TimeZone;
            var request = SearchFilterOptions.WithDefaultPeriod(filters.Read(parse, parse.GetValue(query) ?? "", zone), TimeSpan.FromDays(1),
                services.GetRequiredService<TimeProvider>(), zone);
            await CliAudit.RecordAsync(services, AuditActions.Search, null, AuditDetails.Of(request));
            var counted = await SearchFilterOptions.OrUsageErrorAsync(request.Query, () => EntityCounts.CountAsync(
                services.GetRequiredService<ISearchIndex>(), services.GetRequiredService<IEntityStore>(), request, ct));
            var shown = counted.Top(only, parse.GetValue(limit));
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, shown.Select(Json));
            else Write(Terminal.Console(parse), counted, shown);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static object Json(EntityCount e) => new
    {
        kind = EntityKindNames.Name(e.Kind), key = e.Key, name = e.Name, articles = e.Articles, mentions = e.Mentions, sampleArticleIds = e.SampleArticleIds,
    };

    private static void Write(IAnsiConsole console, EntityCountsResult counted, IReadOnlyList<EntityCount> shown)
    {
        console.MarkupLine($"[grey]{counted.ArticlesTagged} of {counted.ArticlesMatched} matching articles counted.[/]");
        if (counted.ArticlesNotYetTagged > 0)
            console.MarkupLine($"[yellow]{counted.ArticlesNotYetTagged} matching articles are not yet tagged (stored before entity tagging); `watchdog up` or `watchdog worker` tags them in the background, `watchdog entities backfill` at once.[/]");
        if (shown.Count == 0)
        {
            console.MarkupLine("[grey]No named entity found.[/]");
            return;
        }
        foreach (var group in shown.GroupBy(e => e.Kind))
        {
            var table = new Table().Title(EntityKindNames.Name(group.Key)).AddColumn("name").AddColumn("articles").AddColumn("mentions");
            foreach (var e in group) table.AddRow(Markup.Escape(e.Name), e.Articles.ToString(CultureInfo.InvariantCulture), e.Mentions.ToString(CultureInfo.InvariantCulture));
            console.Write(table);
        }
    }
}
