using Watchdog.Reports.Documents;

namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>The few lines that stand for a report where the whole of it does not fit: e-mail subject, plain-text part, PDF cover note; in the report's language.</summary>
public static class ReportSummary
{
    public static string Subject(ReportDocument document)
    {
        var words = new ReportFormatting(document.Locale);
        return words.Text("email.subject", ("title", document.Title), ("period", words.Period(document.Period)));
    }

    /// <summary>One line per section: "Raids: 12 articles (+50 % on the previous period (8))".</summary>
    public static IReadOnlyList<string> SectionLines(ReportDocument document)
    {
        var words = new ReportFormatting(document.Locale);
        return
        [
            .. document.Sections.Select(s =>
            {
                var change = words.Change(s.TotalCount, s.PreviousPeriodCount);
                return $"{s.Heading}: {words.Plural("articles", s.TotalCount)}{(change is null ? "" : $" ({change})")}";
            }),
        ];
    }

    public static string PlainText(ReportDocument document) =>
        string.Join(Environment.NewLine, [document.Title, new ReportFormatting(document.Locale).Period(document.Period), "", .. SectionLines(document)]) + Environment.NewLine;

    /// <summary>The body of an e-mail that carries the report as an attachment.</summary>
    public static string CoverHtml(ReportDocument document, string attachmentName)
    {
        var words = new ReportFormatting(document.Locale);
        return $"<p><strong>{HtmlText.Escape(document.Title)}</strong><br>{HtmlText.Escape(words.Period(document.Period))}</p>"
            + $"<ul>{string.Concat(SectionLines(document).Select(line => $"<li>{HtmlText.Escape(line)}</li>"))}</ul>"
            + $"<p>{HtmlText.Escape(words.Text("email.attached", ("name", attachmentName)))}</p>";
    }
}
