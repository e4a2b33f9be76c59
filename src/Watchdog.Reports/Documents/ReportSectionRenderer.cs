using System.Text;

namespace Watchdog.Reports.Documents;

/// <summary>The HTML of one report section: figures, chart, sources, languages, tone, stories and articles.</summary>
internal static class ReportSectionRenderer
{
    private const string ChartUnavailable = "<p class=\"empty\">The chart could not be embedded (not a well-formed SVG document).</p>\n";

    public static void Append(StringBuilder html, ReportSection section)
    {
        html.Append("<section class=\"report-section\">\n<h2>").Append(HtmlText.Escape(section.Heading)).Append("</h2>\n")
            .Append("<div class=\"query\">").Append(HtmlText.Escape(section.QueryText)).Append("</div>\n");
        AppendFigures(html, section);
        if (!string.IsNullOrWhiteSpace(section.ChangeNote))
        {
            html.Append("<p class=\"note\">").Append(HtmlText.Escape(section.ChangeNote)).Append("</p>\n");
        }
        if (section.ChartSvg is { } svg)
        {
            html.Append(SvgEmbedder.Embed(svg) is { } inline ? $"<figure class=\"chart\">{inline}</figure>\n" : ChartUnavailable);
        }
        html.Append("<div class=\"columns\">\n<div>\n");
        AppendCounts(html, "Top sources", "Source", section.TopSources);
        html.Append("</div>\n<div>\n");
        AppendCounts(html, "Languages", "Language", section.Languages);
        html.Append("</div>\n</div>\n");
        ReportToneRenderer.Append(html, section.Tone);
        AppendStories(html, section.TopStories);
        AppendSourceRoles(html, section.SourceRoles);
        AppendArticles(html, section.TopArticles);
        html.Append("</section>\n");
    }

    /// <summary>The change on the previous period, coloured by direction; a dash when it is unknown.</summary>
    public static void AppendChange(StringBuilder html, ReportSection section)
    {
        var words = ReportFormatting.Change(section.TotalCount, section.PreviousPeriodCount);
        if (words is null)
        {
            html.Append("<span class=\"flat\">—</span>");
            return;
        }
        var direction = ReportFormatting.ChangeDirection(section.TotalCount, section.PreviousPeriodCount);
        var css = direction > 0 ? "up" : direction < 0 ? "down" : "flat";
        html.Append("<span class=\"").Append(css).Append("\">").Append(HtmlText.Escape(words)).Append("</span>");
    }

    private static void AppendFigures(StringBuilder html, ReportSection section)
    {
        html.Append("<div class=\"figures\">\n<div class=\"figure\"><div class=\"label\">Articles</div><div class=\"value\">")
            .Append(ReportFormatting.Count(section.TotalCount)).Append("</div></div>\n")
            .Append("<div class=\"figure\"><div class=\"label\">Previous period</div><div class=\"value\">")
            .Append(section.PreviousPeriodCount is { } previous ? ReportFormatting.Count(previous) : "—").Append("</div><div>");
        AppendChange(html, section);
        html.Append("</div></div>\n</div>\n");
    }

    private static void AppendCounts(StringBuilder html, string heading, string column, IReadOnlyList<NamedCount> counts)
    {
        if (!AppendHeading(html, heading, counts.Count)) return;
        var max = Math.Max(1, counts.Max(c => c.Count));
        html.Append("<table>\n<thead><tr><th>").Append(column).Append("</th><th class=\"num\">Articles</th></tr></thead>\n<tbody>\n");
        foreach (var count in counts)
        {
            // The bar is drawn with CSS width so the table stays text (copyable, searchable in the PDF).
            var width = Math.Round(18.0 * count.Count / max, 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            html.Append("<tr><td>").Append(HtmlText.Escape(count.Name)).Append("</td><td class=\"num\">")
                .Append(ReportFormatting.Count(count.Count)).Append("<span class=\"bar\" style=\"width:").Append(width).Append("mm\"></span></td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendStories(StringBuilder html, IReadOnlyList<ReportStory> stories)
    {
        if (!AppendHeading(html, "Top stories", stories.Count)) return;
        html.Append("<ol class=\"stories\">\n");
        foreach (var story in stories)
        {
            html.Append("<li><span class=\"label\">").Append(HtmlText.Escape(story.Label)).Append("</span> <span class=\"source\">— ")
                .Append(ReportFormatting.Count(story.ArticleCount)).Append(story.ArticleCount == 1 ? " article" : " articles")
                .Append(ReportToneRenderer.Summary(story.Tone)).Append("</span>");
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

    private static void AppendSourceRoles(StringBuilder html, IReadOnlyList<ReportSourceRole> roles)
    {
        if (!AppendHeading(html, "Who breaks and who follows", roles.Count)) return;
        html.Append("<p class=\"note\">Stories reported by several sources: which source published first, which followed with its own report, which reprinted an earlier text.</p>\n")
            .Append("<table>\n<thead><tr><th>Source</th><th class=\"num\">Stories</th><th class=\"num\">First</th><th class=\"num\">Followed</th><th class=\"num\">Reprinted</th><th class=\"num\">Median delay</th></tr></thead>\n<tbody>\n");
        foreach (var role in roles)
        {
            html.Append("<tr><td>").Append(HtmlText.Escape(role.Source)).Append("</td><td class=\"num\">").Append(ReportFormatting.Count(role.Stories))
                .Append("</td><td class=\"num\">").Append(ReportFormatting.Count(role.Broke))
                .Append("</td><td class=\"num\">").Append(ReportFormatting.Count(role.Followed))
                .Append("</td><td class=\"num\">").Append(ReportFormatting.Count(role.Reprinted))
                .Append("</td><td class=\"num\">").Append(role.MedianDelay is { } delay ? HtmlText.Escape(ReportFormatting.Delay(delay)) : "—").Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendArticles(StringBuilder html, IReadOnlyList<ReportArticle> articles)
    {
        if (!AppendHeading(html, "Top articles", articles.Count)) return;
        html.Append("<table>\n<thead><tr><th>Title</th><th>Source</th><th>Published</th></tr></thead>\n<tbody>\n");
        foreach (var article in articles)
        {
            html.Append("<tr><td>").Append(HtmlText.Link(article.Title, article.Url)).Append("</td><td class=\"source\">")
                .Append(HtmlText.Escape(article.Source)).Append("</td><td class=\"date\">")
                .Append(article.PublishedAt is { } published ? ReportFormatting.Date(published) : "—").Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>The sub-heading, followed by "None in this period." when there are no items; true when there are.</summary>
    private static bool AppendHeading(StringBuilder html, string heading, int count)
    {
        html.Append("<h3>").Append(heading).Append("</h3>\n");
        if (count > 0) return true;
        html.Append("<p class=\"empty\">None in this period.</p>\n");
        return false;
    }
}
