using Watchdog.Core.Localization;

namespace Watchdog.Reports.Documents;

/// <summary>A whole report: a title, the period it covers and one section per query or watchlist.</summary>
public sealed record ReportDocument(
    string Title,
    ReportPeriod Period,
    DateTimeOffset GeneratedAt,
    string? Description,
    IReadOnlyList<ReportSection> Sections)
{
    /// <summary>The language the report is written in and the time zone its dates are shown in.</summary>
    public UiLocale Locale { get; init; } = UiLocale.Default;
}

/// <summary>The period a report covers, from <paramref name="From"/> (inclusive) to <paramref name="To"/> (exclusive).</summary>
public sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset To);

/// <summary>One query's results for the period.</summary>
/// <param name="QueryText">The query as the user wrote it, shown so a reader can tell what was counted.</param>
/// <param name="PreviousPeriodCount">Articles in the period of the same length just before; null when unknown.</param>
/// <param name="ChangeNote">A sentence from the analyst or the pipeline (e.g. "burst on 9 March"); optional.</param>
/// <param name="ChartSvg">An SVG from <c>VolumeChart.RenderSvg</c>, inlined as it is: it must come from there, never from crawled data.</param>
/// <param name="Tone">The tone of the matches in aggregate (whole period, per bucket, per source); null leaves the part out.</param>
public sealed record ReportSection(
    string Heading,
    string QueryText,
    int TotalCount,
    int? PreviousPeriodCount,
    string? ChangeNote,
    string? ChartSvg,
    IReadOnlyList<NamedCount> TopSources,
    IReadOnlyList<NamedCount> Languages,
    IReadOnlyList<ReportStory> TopStories,
    IReadOnlyList<ReportArticle> TopArticles,
    ReportTone? Tone = null)
{
    /// <summary>Who breaks and who follows: per source (outlet), stories it published first, followed or reprinted.</summary>
    public IReadOnlyList<ReportSourceRole> SourceRoles { get; init; } = [];
}

/// <summary>A source's part in the section's stories reported by several sources.</summary>
/// <param name="MedianDelay">Median time after the first article, over the stories it did not break; null when it broke them all.</param>
public sealed record ReportSourceRole(string Source, int Stories, int Broke, int Followed, int Reprinted, TimeSpan? MedianDelay);

/// <summary>A name (a source, a language code) with its number of articles.</summary>
public sealed record NamedCount(string Name, int Count);

/// <summary>A story (a cluster of articles about one event) with a few of its articles as samples.</summary>
/// <param name="SampleTitles">Titles of sample articles; paired by position with <paramref name="SampleUrls"/>.</param>
/// <param name="Tone">The tone of all the story's articles, in aggregate; null leaves it out.</param>
public sealed record ReportStory(string Label, int ArticleCount, IReadOnlyList<string> SampleTitles, IReadOnlyList<string> SampleUrls, ToneRow? Tone = null);

/// <summary>One article listed in a section.</summary>
public sealed record ReportArticle(string Title, string Url, string Source, DateTimeOffset? PublishedAt);

/// <summary>The tone of a section's matches, in aggregate only (never per person): the whole period, then by period and by source.</summary>
/// <param name="ByPeriod">Rows named by their bucket (a day or an hour), only those with articles, in time order.</param>
/// <param name="BySource">Rows named by source, the sources with most matches first.</param>
public sealed record ReportTone(ToneRow Overall, IReadOnlyList<ToneRow> ByPeriod, IReadOnlyList<ToneRow> BySource);

/// <summary>How many articles of a row carry each tone; untagged ones have none (stored before tone, or no model for their language).</summary>
public sealed record ToneRow(string Name, int Positive, int Neutral, int Negative, int Untagged)
{
    public int Tagged => Positive + Neutral + Negative;
}
