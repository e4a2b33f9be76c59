using System.Text;

namespace Watchdog.Reports.Documents;

/// <summary>The HTML of a section's tone part: shares of positive, neutral and negative articles over the period, by period and by source.</summary>
internal static class ReportToneRenderer
{
    public static void Append(StringBuilder html, ReportTone? tone, ReportFormatting f)
    {
        if (tone is null) return;
        html.Append("<h3>").Append(HtmlText.Escape(f.Text("tone.heading"))).Append("</h3>\n<p class=\"note\">")
            .Append(HtmlText.Escape(f.Text("tone.note"))).Append("</p>\n");
        html.Append("<table class=\"tone\">\n<thead><tr><th></th>");
        foreach (var key in new[] { "column.articles", "column.positive", "column.neutral", "column.negative", "column.untagged" })
            html.Append(ReportSectionRenderer.Header(f, key, "num"));
        html.Append("</tr></thead>\n<tbody>\n");
        AppendRow(html, tone.Overall with { Name = f.Text("tone.wholePeriod") }, "total", f);
        AppendGroup(html, f.Text("tone.byPeriod"), tone.ByPeriod, f);
        AppendGroup(html, f.Text("tone.bySource"), tone.BySource, f);
        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>" · tone 20 % positive, 50 % neutral, 30 % negative" for a story, or nothing when none of it is tagged.</summary>
    public static string Summary(ToneRow? tone, ReportFormatting f) => tone is not { Tagged: > 0 } t ? "" :
        f.Text("tone.story", ("positive", Share(t.Positive, t.Tagged, f)), ("neutral", Share(t.Neutral, t.Tagged, f)), ("negative", Share(t.Negative, t.Tagged, f)));

    private static void AppendGroup(StringBuilder html, string heading, IReadOnlyList<ToneRow> rows, ReportFormatting f)
    {
        if (rows.Count == 0) return;
        html.Append("<tr><th colspan=\"6\">").Append(HtmlText.Escape(heading)).Append("</th></tr>\n");
        foreach (var row in rows) AppendRow(html, row, null, f);
    }

    private static void AppendRow(StringBuilder html, ToneRow row, string? css, ReportFormatting f)
    {
        html.Append(css is null ? "<tr>" : $"<tr class=\"{css}\">").Append("<td>").Append(HtmlText.Escape(row.Name)).Append("</td><td class=\"num\">")
            .Append(f.Count(row.Tagged + row.Untagged)).Append("</td>");
        foreach (var count in new[] { row.Positive, row.Neutral, row.Negative })
            html.Append("<td class=\"num\">").Append(Share(count, row.Tagged, f)).Append("</td>");
        html.Append("<td class=\"num\">").Append(f.Count(row.Untagged)).Append("</td></tr>\n");
    }

    private static string Share(int count, int tagged, ReportFormatting f) => tagged == 0 ? "—" : f.Percent(100.0 * count / tagged);
}
