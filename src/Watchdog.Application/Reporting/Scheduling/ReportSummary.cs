using System.Globalization;
using Watchdog.Reports.Documents;

namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>The few lines that stand for a report where the whole of it does not fit: e-mail subject, plain-text part, PDF cover note.</summary>
public static class ReportSummary
{
    public static string Subject(ReportDocument document) => $"[Watchdog] {document.Title}: {ReportFormatting.Period(document.Period)}";

    /// <summary>One line per section: "Raids: 12 articles (+50 % on the previous period (8))".</summary>
    public static IReadOnlyList<string> SectionLines(ReportDocument document) =>
    [
        .. document.Sections.Select(s =>
        {
            var change = ReportFormatting.Change(s.TotalCount, s.PreviousPeriodCount);
            return string.Create(CultureInfo.InvariantCulture,
                $"{s.Heading}: {ReportFormatting.Count(s.TotalCount)} {(s.TotalCount == 1 ? "article" : "articles")}{(change is null ? "" : $" ({change})")}");
        }),
    ];

    public static string PlainText(ReportDocument document) =>
        string.Join(Environment.NewLine, [document.Title, ReportFormatting.Period(document.Period), "", .. SectionLines(document)]) + Environment.NewLine;

    /// <summary>The body of an e-mail that carries the report as an attachment.</summary>
    public static string CoverHtml(ReportDocument document, string attachmentName) =>
        $"<p><strong>{HtmlText.Escape(document.Title)}</strong><br>{HtmlText.Escape(ReportFormatting.Period(document.Period))}</p>"
        + $"<ul>{string.Concat(SectionLines(document).Select(line => $"<li>{HtmlText.Escape(line)}</li>"))}</ul>"
        + $"<p>The full report is attached: {HtmlText.Escape(attachmentName)}.</p>";
}
