using Watchdog.Core.Articles;
using Watchdog.Core.Localization;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Core.Stories;
using Watchdog.Reports.Charts;
using Watchdog.Reports.Documents;

namespace Watchdog.Application.Reporting;

/// <summary>Builds a report from the store: per query its volume chart with bursts, change, sources, languages, tone, stories, who breaks and follows, and articles.</summary>
public sealed class ReportBuilder(ISearchIndex index, IArticleStore articles, ISourceStore sources, IStoryStore stories, TimeProvider clock)
{
    private const int TopSources = 10;
    private const int TopStories = 5;
    private const int TopArticles = 10;
    private const int StorySamples = 3;
    /// <summary>Stories of one article are just articles; a report lists those that several sources or reports make.</summary>
    private const int MinStoryArticles = 2;
    private const int ChartWidth = 760;
    private const int ChartHeight = 270;

    /// <exception cref="InvalidQueryException">A query cannot be parsed.</exception>
    /// <exception cref="ArgumentException">The period is empty or has too many buckets.</exception>
    public async Task<ReportDocument> BuildAsync(ReportRequest request, CancellationToken ct)
    {
        if (request.To <= request.From) throw new ArgumentException("The report's period ends before it starts.", nameof(request));
        var names = await SourceNames.LoadAsync(sources, ct);
        var sections = new List<ReportSection>();
        foreach (var query in request.Queries) sections.Add(await SectionAsync(request, query, names, ct));
        return new ReportDocument(request.Title, new ReportPeriod(request.From, request.To), clock.GetUtcNow(), request.Description, sections)
        {
            Locale = request.Locale,
        };
    }

    private async Task<ReportSection> SectionAsync(ReportRequest report, ReportQuery query, SourceNames names, CancellationToken ct)
    {
        var search = new SearchRequest
        {
            Query = query.Query,
            From = report.From,
            To = report.To.AddTicks(-1),
            Language = report.Language,
            SourceId = report.SourceId,
        };
        var trend = await TrendAnalysis.RunAsync(index, search, report.Bucket, ct);
        var words = new ReportFormatting(report.Locale);
        var found = await StoryFinder.FindAsync(index, articles, stories, search, StoryFinder.MaxStoriesForRoles, MinStoryArticles, ct);
        var top = await index.SearchAsync(search with { Order = SearchOrder.Relevance, PageSize = TopArticles }, ct);
        return new ReportSection(
            Heading: HeadingOf(query, words),
            QueryText: query.Query,
            TotalCount: Clamp(trend.Current.Total),
            PreviousPeriodCount: Clamp(trend.PreviousTotal),
            ChangeNote: ChangeNote(trend, words),
            ChartSvg: VolumeChart.RenderSvg(ChartOf(trend, query, report.Locale), ChartWidth, ChartHeight),
            TopSources: [.. trend.Current.BySource.OrderByDescending(p => p.Value).Take(TopSources).Select(p => new NamedCount(names.Of(p.Key), Clamp(p.Value)))],
            Languages: [.. trend.Current.ByLanguage.OrderByDescending(p => p.Value).Select(p => new NamedCount(p.Key, Clamp(p.Value)))],
            TopStories: [.. found.Take(TopStories).Select(s => new ReportStory(
                string.Join(", ", s.Story.Label), s.Articles.Count,
                [.. s.Articles.Take(StorySamples).Select(a => a.Title)], [.. s.Articles.Take(StorySamples).Select(a => a.Url.AbsoluteUri)],
                Row("", s.Tone)))],
            TopArticles: [.. top.Hits.Select(h => new ReportArticle(h.Title, h.Url.AbsoluteUri, names.Of(h.SourceId), h.PublishedAt))],
            Tone: ToneOf(trend, names, words))
        {
            SourceRoles = [.. SourceRoles.Of(found.Select(s => s.Timeline)).Take(TopSources)
                .Select(r => new ReportSourceRole(names.Of(r.SourceId), r.Stories, r.Broke, r.Followed, r.Reprinted, r.MedianDelay))],
        };
    }

    /// <summary>The tone of the matches, in aggregate: the whole period, each bucket that has articles, the top sources.</summary>
    public static ReportTone ToneOf(TrendReport trend, SourceNames names, ReportFormatting words)
    {
        var current = trend.Current;
        var hourly = current.Bucket < TimeSpan.FromDays(1);
        return new ReportTone(
            Row("", current.Tones.Total),
            [.. current.Counts.Select((count, i) => (count, i)).Where(p => p.count > 0)
                .Select(p => Row(words.Bucket(trend.From + current.Bucket * p.i, hourly), current.Tones.PerBucket[p.i]))],
            [.. current.BySource.OrderByDescending(p => p.Value).Take(TopSources)
                .Select(p => Row(names.Of(p.Key), current.Tones.BySource.GetValueOrDefault(p.Key, ToneCounts.None)))]);
    }

    private static ToneRow Row(string name, ToneCounts counts) =>
        new(name, Clamp(counts.Positive), Clamp(counts.Neutral), Clamp(counts.Negative), Clamp(counts.Untagged));

    public static VolumeChartData ChartOf(TrendReport trend, ReportQuery query, UiLocale locale)
    {
        var counts = trend.Current.Counts;
        var points = counts.Select((count, i) => new VolumePoint(trend.From + trend.Current.Bucket * i, Clamp(count))).ToList();
        return new VolumeChartData(
            Title: "",
            Bucket: trend.Current.Bucket < TimeSpan.FromDays(1) ? VolumeBucket.Hour : VolumeBucket.Day,
            Series: [new VolumeSeries(HeadingOf(query, new ReportFormatting(locale)), points)],
            Bursts: [.. trend.Bursts.Select(b => new BurstPeriod(b.Start, b.End))])
        {
            Locale = locale,
        };
    }

    /// <summary>One sentence on the change and the bursts, in the report's words.</summary>
    public static string ChangeNote(TrendReport trend, ReportFormatting words)
    {
        var change = trend.ChangeRatio switch
        {
            null when trend.Current.Total == 0 => words.Text("note.noneEither"),
            null => words.Text("note.noneBefore"),
            { } ratio => words.Text(trend.ChangeIsSignificant ? "note.change" : "note.changeWithinChance", ("change", words.SignedPercent(ratio))),
        };
        if (trend.Bursts.Count == 0) return change;
        var hourly = trend.Current.Bucket < TimeSpan.FromDays(1);
        var bursts = string.Join(", ", trend.Bursts.Select(b => words.Bucket(b.Start, hourly)));
        return $"{change} {words.Text("note.bursts", ("bursts", bursts))}";
    }

    /// <summary>The heading given, else the query, else what an empty query means.</summary>
    public static string HeadingOf(ReportQuery query, ReportFormatting words) =>
        !string.IsNullOrWhiteSpace(query.Heading) ? query.Heading : !string.IsNullOrWhiteSpace(query.Query) ? query.Query : words.Text("chart.allArticles");

    private static int Clamp(long count) => (int)Math.Min(count, int.MaxValue);
}
