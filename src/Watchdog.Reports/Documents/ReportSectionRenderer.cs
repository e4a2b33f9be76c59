using System.Text;

namespace Watchdog.Reports.Documents;

/// <summary>The HTML of one report section: figures, chart, sources, languages, tone, stories and articles.</summary>
internal static class ReportSectionRenderer
{
    public static void Append(StringBuilder html, ReportSection section, ReportFormatting f)
    {
        html.Append("<section class=\"report-section\">\n<h2>").Append(HtmlText.Escape(section.Heading)).Append("</h2>\n")
            .Append("<div class=\"query\">").Append(HtmlText.Escape(section.QueryText)).Append("</div>\n");
        AppendFigures(html, section, f);
        if (!string.IsNullOrWhiteSpace(section.ChangeNote))
        {
            html.Append("<p class=\"note\">").Append(HtmlText.Escape(section.ChangeNote)).Append("</p>\n");
        }
        if (section.ChartSvg is { } svg)
        {
            html.Append(SvgEmbedder.Embed(svg) is { } inline
                ? $"<figure class=\"chart\">{inline}</figure>\n"
                : $"<p class=\"empty\">{HtmlText.Escape(f.Text("section.chartUnavailable"))}</p>\n");
        }
        html.Append("<div class=\"columns\">\n<div>\n");
        AppendCounts(html, f, "section.topSources", "column.source", section.TopSources);
        html.Append("</div>\n<div>\n");
        AppendCounts(html, f, "section.languages", "column.language", section.Languages);
        html.Append("</div>\n</div>\n");
        ReportToneRenderer.Append(html, section.Tone, f);
        AppendStories(html, section.TopStories, f);
        AppendSourceRoles(html, section.SourceRoles, f);
        AppendArticles(html, section.TopArticles, f);
        html.Append("</section>\n");
    }

    /// <summary>The change on the previous period, coloured by direction; a dash when it is unknown.</summary>
    public static void AppendChange(StringBuilder html, ReportSection section, ReportFormatting f)
    {
        var words = f.Change(section.TotalCount, section.PreviousPeriodCount);
        if (words is null)
        {
            html.Append("<span class=\"flat\">—</span>");
            return;
        }
        var direction = ReportFormatting.ChangeDirection(section.TotalCount, section.PreviousPeriodCount);
        var css = direction > 0 ? "up" : direction < 0 ? "down" : "flat";
        html.Append("<span class=\"").Append(css).Append("\">").Append(HtmlText.Escape(words)).Append("</span>");
    }

    /// <summary>A table header cell with the text of <paramref name="key"/>.</summary>
    public static string Header(ReportFormatting f, string key, string? css = null) =>
        (css is null ? "<th>" : $"<th class=\"{css}\">") + HtmlText.Escape(f.Text(key)) + "</th>";

    private static void AppendFigures(StringBuilder html, ReportSection section, ReportFormatting f)
    {
        html.Append("<div class=\"figures\">\n<div class=\"figure\"><div class=\"label\">").Append(HtmlText.Escape(f.Text("column.articles")))
            .Append("</div><div class=\"value\">").Append(f.Count(section.TotalCount)).Append("</div></div>\n")
            .Append("<div class=\"figure\"><div class=\"label\">").Append(HtmlText.Escape(f.Text("section.previousPeriod"))).Append("</div><div class=\"value\">")
            .Append(section.PreviousPeriodCount is { } previous ? f.Count(previous) : "—").Append("</div><div>");
        AppendChange(html, section, f);
        html.Append("</div></div>\n</div>\n");
    }

    private static void AppendCounts(StringBuilder html, ReportFormatting f, string headingKey, string columnKey, IReadOnlyList<NamedCount> counts)
    {
        if (!AppendHeading(html, f, headingKey, counts.Count)) return;
        var max = Math.Max(1, counts.Max(c => c.Count));
        html.Append("<table>\n<thead><tr>").Append(Header(f, columnKey)).Append(Header(f, "column.articles", "num")).Append("</tr></thead>\n<tbody>\n");
        foreach (var count in counts)
        {
            // The bar is drawn with CSS width so the table stays text (copyable, searchable in the PDF).
            var width = Math.Round(18.0 * count.Count / max, 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            html.Append("<tr><td>").Append(HtmlText.Escape(count.Name)).Append("</td><td class=\"num\">")
                .Append(f.Count(count.Count)).Append("<span class=\"bar\" style=\"width:").Append(width).Append("mm\"></span></td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendStories(StringBuilder html, IReadOnlyList<ReportStory> stories, ReportFormatting f)
    {
        if (!AppendHeading(html, f, "section.topStories", stories.Count)) return;
        html.Append("<ol class=\"stories\">\n");
        foreach (var story in stories)
        {
            html.Append("<li><span class=\"label\">").Append(HtmlText.Escape(story.Label)).Append("</span> <span class=\"source\">— ")
                .Append(HtmlText.Escape(f.Plural("articles", story.ArticleCount)))
                .Append(HtmlText.Escape(ReportToneRenderer.Summary(story.Tone, f))).Append("</span>");
            if (story.SampleTitles.Count > 0)
            {
                html.Append("\n<ul>");
                for (var i = 0; i < story.SampleTitles.Count; i++)
                {
                    html.Append("<li>").Append(HtmlText.Link(story.SampleTitles[i], i < story.SampleUrls.Count ? story.SampleUrls[i] : null)).Append("</li>");
                }
                html.Append("</ul>");
            }
            html.Append("</li>\n");
        }
        html.Append("</ol>\n");
    }

    private static void AppendSourceRoles(StringBuilder html, IReadOnlyList<ReportSourceRole> roles, ReportFormatting f)
    {
        if (!AppendHeading(html, f, "section.sourceRoles", roles.Count)) return;
        html.Append("<p class=\"note\">").Append(HtmlText.Escape(f.Text("section.sourceRolesNote"))).Append("</p>\n<table>\n<thead><tr>")
            .Append(Header(f, "column.source")).Append(Header(f, "column.stories", "num")).Append(Header(f, "column.first", "num"))
            .Append(Header(f, "column.followed", "num")).Append(Header(f, "column.reprinted", "num")).Append(Header(f, "column.medianDelay", "num"))
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var role in roles)
        {
            html.Append("<tr><td>").Append(HtmlText.Escape(role.Source)).Append("</td><td class=\"num\">").Append(f.Count(role.Stories))
                .Append("</td><td class=\"num\">").Append(f.Count(role.Broke))
                .Append("</td><td class=\"num\">").Append(f.Count(role.Followed))
                .Append("</td><td class=\"num\">").Append(f.Count(role.Reprinted))
                .Append("</td><td class=\"num\">").Append(role.MedianDelay is { } delay ? HtmlText.Escape(f.Delay(delay)) : "—").Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendArticles(StringBuilder html, IReadOnlyList<ReportArticle> articles, ReportFormatting f)
    {
        if (!AppendHeading(html, f, "section.topArticles", articles.Count)) return;
        html.Append("<table>\n<thead><tr>").Append(Header(f, "column.title")).Append(Header(f, "column.source")).Append(Header(f, "column.published"))
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var article in articles)
        {
            html.Append("<tr><td>").Append(HtmlText.Link(article.Title, article.Url)).Append("</td><td class=\"source\">")
                .Append(HtmlText.Escape(article.Source)).Append("</td><td class=\"date\">")
                .Append(article.PublishedAt is { } published ? HtmlText.Escape(f.Date(published)) : "—").Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>The sub-heading, followed by "None in this period." when there are no items; true when there are.</summary>
    private static bool AppendHeading(StringBuilder html, ReportFormatting f, string headingKey, int count)
    {
        html.Append("<h3>").Append(HtmlText.Escape(f.Text(headingKey))).Append("</h3>\n");
        if (count > 0) return true;
        html.Append("<p class=\"empty\">").Append(HtmlText.Escape(f.Text("section.none"))).Append("</p>\n");
        return false;
    }
}
