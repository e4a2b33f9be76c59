using System.Globalization;
using MimeKit;

namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>The e-mail for a scheduled report: the report itself as the HTML body, or a short cover note with the PDF attached.</summary>
public static class ReportEmail
{
    public static MimeMessage Compose(RenderedReport rendered, MailboxAddress from, MailboxAddress to)
    {
        var document = rendered.Document;
        var email = new MimeMessage();
        email.From.Add(from);
        email.To.Add(to);
        email.Subject = ReportSummary.Subject(document);
        var body = new BodyBuilder { TextBody = ReportSummary.PlainText(document) };
        if (rendered.Pdf is { } pdf)
        {
            var name = AttachmentName(rendered);
            body.HtmlBody = ReportSummary.CoverHtml(document, name);
            body.Attachments.Add(name, pdf, new ContentType("application", "pdf"));
        }
        else
        {
            body.HtmlBody = rendered.Html;
        }
        email.Body = body.ToMessageBody();
        return email;
    }

    public static string AttachmentName(RenderedReport rendered) =>
        string.Create(CultureInfo.InvariantCulture, $"watchdog-{Slug(rendered.Report.Name)}-{rendered.Document.Period.To.AddTicks(-1):yyyy-MM-dd}.pdf");

    private static string Slug(string name) =>
        new([.. name.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
