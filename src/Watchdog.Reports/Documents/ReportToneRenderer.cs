using System.Globalization;
using System.Text;

namespace Watchdog.Reports.Documents;

/// <summary>The HTML of a section's tone part: shares of positive, neutral and negative articles over the period, by period and by source.</summary>
internal static class ReportToneRenderer
{
    public static void Append(StringBuilder html, ReportTone? tone)
    {
        if (tone is null) return;
        html.Append("<h3>Tone</h3>\n<p class=\"note\">Shares of the articles tagged with a tone (from their sentences, by Watchdog's tone models); ")
            .Append("untagged: stored before tone was computed, or in a language without a model.</p>\n");
        html.Append("<table class=\"tone\">\n<thead><tr><th></th><th class=\"num\">Articles</th><th class=\"num\">Positive</th>")
            .Append("<th class=\"num\">Neutral</th><th class=\"num\">Negative</th><th class=\"num\">Untagged</th></tr></thead>\n<tbody>\n");
        AppendRow(html, tone.Overall with { Name = "Whole period" }, "total");
        AppendGroup(html, "By period", tone.ByPeriod);
        AppendGroup(html, "By source", tone.BySource);
        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>" · tone 20 % positive, 50 % neutral, 30 % negative" for a story, or nothing when none of it is tagged.</summary>
    public static string Summary(ToneRow? tone) => tone is not { Tagged: > 0 } t ? "" :
        $" · tone {Share(t.Positive, t.Tagged)} positive, {Share(t.Neutral, t.Tagged)} neutral, {Share(t.Negative, t.Tagged)} negative";

    private static void AppendGroup(StringBuilder html, string heading, IReadOnlyList<ToneRow> rows)
    {
        if (rows.Count == 0) return;
        html.Append("<tr><th colspan=\"6\">").Append(heading).Append("</th></tr>\n");
        foreach (var row in rows) AppendRow(html, row, null);
    }

    private static void AppendRow(StringBuilder html, ToneRow row, string? css)
    {
        html.Append(css is null ? "<tr>" : $"<tr class=\"{css}\">").Append("<td>").Append(HtmlText.Escape(row.Name)).Append("</td><td class=\"num\">")
            .Append(ReportFormatting.Count(row.Tagged + row.Untagged)).Append("</td>");
        foreach (var count in new[] { row.Positive, row.Neutral, row.Negative })
            html.Append("<td class=\"num\">").Append(Share(count, row.Tagged)).Append("</td>");
        html.Append("<td class=\"num\">").Append(ReportFormatting.Count(row.Untagged)).Append("</td></tr>\n");
    }

    private static string Share(int count, int tagged) =>
        tagged == 0 ? "—" : (100.0 * count / tagged).ToString("0", CultureInfo.InvariantCulture) + " %";
}
