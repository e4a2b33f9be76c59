using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Articles;
using Watchdog.Core.Governance;
using Watchdog.Core.Localization;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Application.Governance;
using Watchdog.Application.Reporting;
using Watchdog.Reports.Documents;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog trends QUERY`: how many articles matched per day (or hour), the change on the period before, and bursts.</summary>
public static class TrendsCommand
{
    private const int TopSources = 10;

    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = SearchFilterOptions.QueryHelp };
        var filters = new SearchFilterOptions();
        var bucket = BucketOption.Create();
        var json = GlobalOptions.Json("the counts, bursts and breakdowns");
        var command = new Command("trends", "Volume of a query over time (last 30 days by default), compared with the period before, with bursts, sources, languages and the share of each tone") { query };
        filters.AddTo(command);
        command.Options.Add(bucket);
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            var width = BucketOption.Read(parse, bucket);
            await using var services = CliServices.Open(parse);
            var zone = services.GetRequiredService<UiLocale>().TimeZone;
            var request = SearchFilterOptions.WithDefaultPeriod(
                filters.Read(parse, parse.GetRequiredValue(query), zone), width, services.GetRequiredService<TimeProvider>(), zone);
            await CliAudit.RecordAsync(services, AuditActions.Search, null, AuditDetails.Of(request));
            var trend = await SearchFilterOptions.OrUsageErrorAsync(request.Query,
                () => TrendAnalysis.RunAsync(services.GetRequiredService<ISearchIndex>(), request, width, ct));
            var names = await SourceNames.LoadAsync(services.GetRequiredService<ISourceStore>(), ct);
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, TrendJson(trend, names));
            else Write(Terminal.Console(parse), trend, names, services.GetRequiredService<UiLocale>());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static object TrendJson(TrendReport trend, SourceNames names) => new
    {
        total = trend.Current.Total,
        previousTotal = trend.PreviousTotal,
        changeRatio = trend.ChangeRatio,
        changeIsSignificant = trend.ChangeIsSignificant,
        from = trend.From,
        to = trend.To,
        bucket = trend.Current.Bucket < TimeSpan.FromDays(1) ? "hour" : "day",
        tone = ToneShares.From(trend.Current.Tones.Total),
        points = trend.Current.Counts.Select((count, i) => new
        {
            start = trend.From + trend.Current.Bucket * i, count, tone = ToneShares.From(trend.Current.Tones.PerBucket[i]),
        }),
        bursts = trend.Bursts.Select(b => new { start = b.Start, end = b.End, count = b.Count, expected = b.ExpectedCount, score = b.Score }),
        sources = trend.Current.BySource.OrderByDescending(p => p.Value).Select(p => new
        {
            id = p.Key, name = names.Of(p.Key), count = p.Value, tone = ToneShares.From(trend.Current.Tones.BySource.GetValueOrDefault(p.Key, ToneCounts.None)),
        }),
        languages = trend.Current.ByLanguage.OrderByDescending(p => p.Value).Select(p => new { code = p.Key, count = p.Value }),
    };

    /// <summary>The tone of each bucket that has articles: how the tone of coverage moves over the period.</summary>
    private static Table TonePerBucket(TrendReport trend, Func<DateTimeOffset, string> label)
    {
        var table = WithToneColumns(new Table().AddColumn(trend.Current.Bucket < TimeSpan.FromDays(1) ? "hour" : "day").AddColumn(new TableColumn("articles").RightAligned()));
        for (var i = 0; i < trend.Current.Counts.Count; i++)
        {
            if (trend.Current.Counts[i] == 0) continue;
            table.AddRow([label(trend.From + trend.Current.Bucket * i), trend.Current.Counts[i].ToString(CultureInfo.InvariantCulture), .. ToneCells(trend.Current.Tones.PerBucket[i])]);
        }
        return table;
    }

    private static Table WithToneColumns(Table table) => table
        .AddColumn(new TableColumn("positive").RightAligned()).AddColumn(new TableColumn("neutral").RightAligned())
        .AddColumn(new TableColumn("negative").RightAligned()).AddColumn(new TableColumn("untagged").RightAligned());

    private static string[] ToneCells(ToneCounts counts)
    {
        var shares = ToneShares.From(counts);
        return [ToneShares.Percent(shares.PositiveShare), ToneShares.Percent(shares.NeutralShare), ToneShares.Percent(shares.NegativeShare),
            shares.Untagged.ToString(CultureInfo.InvariantCulture)];
    }

    /// <param name="locale">Its time zone is the one bucket labels are read in (the buckets start at its midnight).</param>
    private static void Write(IAnsiConsole console, TrendReport trend, SourceNames names, UiLocale locale)
    {
        var hourly = trend.Current.Bucket < TimeSpan.FromDays(1);
        var format = hourly ? "yyyy-MM-dd HH:00" : "yyyy-MM-dd";
        string Label(DateTimeOffset at) => locale.Local(at).ToString(format, CultureInfo.InvariantCulture);
        console.MarkupLine($"[bold]{trend.Current.Total}[/] articles from {Label(trend.From)} to {Label(trend.To)} ({locale.ZoneLabel}, end exclusive); {trend.PreviousTotal} in the period before.");
        console.MarkupLine(Markup.Escape(ReportBuilder.ChangeNote(trend, ReportFormatting.English)));
        console.MarkupLine($"Tone: {Markup.Escape(ToneShares.From(trend.Current.Tones.Total).Describe())}");
        var bursting = trend.Bursts.SelectMany(b => Enumerable.Range(b.StartBucket, b.EndBucket - b.StartBucket + 1)).ToHashSet();
        var chart = new BarChart().Width(Math.Min(100, console.Profile.Width));
        for (var i = 0; i < trend.Current.Counts.Count; i++)
        {
            var label = Label(trend.From + trend.Current.Bucket * i);
            chart.AddItem(bursting.Contains(i) ? label + " *" : label, trend.Current.Counts[i], bursting.Contains(i) ? Color.Red : Color.SteelBlue);
        }
        console.Write(chart);
        if (trend.Bursts.Count > 0) console.MarkupLine("[grey]* burst: far more than the counts before it would lead one to expect[/]");
        var sources = WithToneColumns(new Table().AddColumn("source").AddColumn(new TableColumn("articles").RightAligned()));
        foreach (var (id, count) in trend.Current.BySource.OrderByDescending(p => p.Value).Take(TopSources))
            sources.AddRow([Markup.Escape(names.Of(id)), count.ToString(CultureInfo.InvariantCulture), .. ToneCells(trend.Current.Tones.BySource.GetValueOrDefault(id, ToneCounts.None))]);
        var languages = string.Join(", ", trend.Current.ByLanguage.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"));
        if (trend.Current.Total > 0)
        {
            console.Write(TonePerBucket(trend, Label));
            console.Write(sources);
            console.MarkupLine($"Languages: {Markup.Escape(languages)}");
        }
    }
}
