using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Queue;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog stats`: what is stored and what is waiting.</summary>
public static class StatsCommand
{
    /// <summary>Enough quarantined items to see a pattern without flooding the terminal.</summary>
    private const int QuarantineShown = 10;

    public static Command Create()
    {
        var json = GlobalOptions.Json("the figures");
        var command = new Command("stats", "Show counts of sources, articles, indexed documents and queued work") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse);
            var sources = await services.GetRequiredService<ISourceStore>().ListAsync(ct);
            var queue = services.GetRequiredService<IWorkQueue>();
            var articles = services.GetRequiredService<IArticleStore>();
            var stats = new Stats(
                Sources: sources.Count,
                SourcesByStatus: sources.GroupBy(s => s.Health.Status.ToString().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count()),
                Articles: await articles.CountAsync(ct),
                IndexedDocuments: await services.GetRequiredService<ISearchIndex>().CountAsync(ct),
                WaitingToBeIndexed: await articles.CountUnindexedAsync(ct),
                Queue: await queue.CountAsync(ct),
                Quarantined: (await queue.ListQuarantinedAsync(QuarantineShown, ct)).Select(i => new QuarantinedView(i.Id, i.Kind, i.Attempts, i.LastError)).ToList());
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, stats);
            else Write(Terminal.Console(parse), stats);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, Stats stats)
    {
        var table = new Table().AddColumns("what", "count");
        table.AddRow("sources", $"{stats.Sources} ({string.Join(", ", stats.SourcesByStatus.Select(p => $"{p.Value} {p.Key}"))})");
        table.AddRow("articles", stats.Articles.ToString(CultureInfo.InvariantCulture));
        table.AddRow("indexed documents", stats.IndexedDocuments.ToString(CultureInfo.InvariantCulture));
        table.AddRow("articles waiting to be indexed", stats.WaitingToBeIndexed.ToString(CultureInfo.InvariantCulture));
        table.AddRow("work pending", stats.Queue.Pending.ToString(CultureInfo.InvariantCulture));
        table.AddRow("work leased", stats.Queue.Leased.ToString(CultureInfo.InvariantCulture));
        table.AddRow("work done", stats.Queue.Done.ToString(CultureInfo.InvariantCulture));
        table.AddRow("work quarantined", stats.Queue.Quarantined.ToString(CultureInfo.InvariantCulture));
        console.Write(table);
        foreach (var item in stats.Quarantined) console.MarkupLine($"[red]quarantined[/] {item.Id} {item.Kind} after {item.Attempts} tries: {Markup.Escape(item.Error ?? "")}");
    }

    private sealed record Stats(
        int Sources, IReadOnlyDictionary<string, int> SourcesByStatus, long Articles, long IndexedDocuments, long WaitingToBeIndexed, QueueCounts Queue,
        IReadOnlyList<QuarantinedView> Quarantined);

    private sealed record QuarantinedView(long Id, string Kind, int Attempts, string? Error);
}
