using System.Net;
using System.Text;
using MimeKit;

namespace Watchdog.Watch.Delivery;

/// <summary>The e-mail for an alert message: plain text and HTML with the highlighted passages.</summary>
public static class AlertEmail
{
    public static MimeMessage Compose(AlertMessage message, MailboxAddress from, MailboxAddress to)
    {
        var email = new MimeMessage();
        email.From.Add(from);
        email.To.Add(to);
        email.Subject = message.Alerts.Count == 1
            ? $"[Watchdog] {message.Query.Name}: {message.Alerts[0].Title}"
            : $"[Watchdog] {message.Query.Name}: {message.Alerts.Count} new mentions";
        email.Body = new BodyBuilder { TextBody = PlainText(message), HtmlBody = Html(message) }.ToMessageBody();
        return email;
    }

    private static string PlainText(AlertMessage message)
    {
        var text = new StringBuilder();
        text.Append("Query: ").AppendLine(message.Query.QueryText).AppendLine();
        foreach (var alert in message.Alerts)
        {
            text.AppendLine(alert.Title).AppendLine(alert.Url.ToString());
            foreach (var passage in alert.Passages) text.Append("  … ").Append(passage.Text).AppendLine(" …");
            if (alert.RelatedArticleIds.Count > 0) text.Append("  (also reported by ").Append(alert.RelatedArticleIds.Count).AppendLine(" more articles)");
            text.AppendLine();
        }
        return text.ToString();
    }

    private static string Html(AlertMessage message)
    {
        var html = new StringBuilder();
        html.Append("<p>Query: <code>").Append(WebUtility.HtmlEncode(message.Query.QueryText)).Append("</code></p>");
        foreach (var alert in message.Alerts)
        {
            html.Append("<h3><a href=\"").Append(WebUtility.HtmlEncode(alert.Url.ToString())).Append("\">")
                .Append(WebUtility.HtmlEncode(alert.Title)).Append("</a></h3>");
            foreach (var passage in alert.Passages) html.Append("<p>… ").Append(passage.Highlighted).Append(" …</p>");
        }
        return html.ToString();
    }
}
