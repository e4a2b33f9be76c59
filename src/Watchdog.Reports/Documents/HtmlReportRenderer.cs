using System.Text;
using Watchdog.Core.Localization;

namespace Watchdog.Reports.Documents;

/// <summary>Renders a <see cref="ReportDocument"/> as one self-contained HTML file (inline CSS and charts, nothing fetched), in the document's locale.</summary>
public static class HtmlReportRenderer
{
    // The page may load nothing: no scripts, fonts or images from anywhere, so opening a report leaks nothing.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    public static string Render(ReportDocument document)
    {
        var f = new ReportFormatting(document.Locale);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(document.Locale.Language.Code()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(document.Title)).Append("</title>\n")
            .Append("<style>\n").Append(ReportStyles.Css).Append("\n</style>\n</head>\n<body>\n");
        AppendMasthead(html, document, f);
        if (document.Sections.Count > 1) AppendSummary(html, document.Sections, f);
        if (document.Sections.Count == 0) html.Append("<p class=\"empty\">").Append(HtmlText.Escape(f.Text("report.noSections"))).Append("</p>\n");
        foreach (var section in document.Sections) ReportSectionRenderer.Append(html, section, f);
        html.Append("<footer>").Append(HtmlText.Escape(f.Text("report.footer", ("time", f.DateTime(document.GeneratedAt))))).Append("</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendMasthead(StringBuilder html, ReportDocument document, ReportFormatting f)
    {
        html.Append("<header class=\"masthead\">\n<div class=\"eyebrow\">").Append(HtmlText.Escape(f.Text("report.eyebrow"))).Append("</div>\n")
            .Append("<h1>").Append(HtmlText.Escape(document.Title)).Append("</h1>\n")
            .Append("<div class=\"meta\"><span>").Append(HtmlText.Escape(f.Period(document.Period))).Append("</span>")
            .Append("<span>").Append(HtmlText.Escape(f.Text("report.generated", ("time", f.DateTime(document.GeneratedAt))))).Append("</span>")
            .Append("<span>").Append(HtmlText.Escape(f.Plural("report.sections", document.Sections.Count))).Append("</span></div>\n");
        if (!string.IsNullOrWhiteSpace(document.Description))
        {
            html.Append("<p class=\"description\">").Append(HtmlText.Escape(document.Description)).Append("</p>\n");
        }
        html.Append("</header>\n");
    }

    private static void AppendSummary(StringBuilder html, IReadOnlyList<ReportSection> sections, ReportFormatting f)
    {
        html.Append("<h3>").Append(HtmlText.Escape(f.Text("report.summary"))).Append("</h3>\n<table class=\"summary\">\n<thead><tr>")
            .Append(ReportSectionRenderer.Header(f, "column.section")).Append(ReportSectionRenderer.Header(f, "column.articles", "num"))
            .Append(ReportSectionRenderer.Header(f, "column.change")).Append("</tr></thead>\n<tbody>\n");
        foreach (var section in sections)
        {
            html.Append("<tr><td>").Append(HtmlText.Escape(section.Heading)).Append("</td><td class=\"num\">")
                .Append(f.Count(section.TotalCount)).Append("</td><td>");
            ReportSectionRenderer.AppendChange(html, section, f);
            html.Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }
}
