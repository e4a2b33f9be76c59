using System.Net;
using System.Text;
using MimeKit;
using Watchdog.Core.Localization;

namespace Watchdog.Watch.Delivery;

/// <summary>The e-mail for an alert message: plain text and HTML with the highlighted passages, in the installation's language.</summary>
public static class AlertEmail
{
    /// <summary>The texts of every language (<c>Delivery/Localization/{en,ru,kk}.json</c>).</summary>
    public static TextCatalog Texts { get; } = TextCatalog.FromEmbeddedJson(typeof(AlertEmail).Assembly, "Watchdog.Watch.Delivery.Localization.");

    public static MimeMessage Compose(AlertMessage message, MailboxAddress from, MailboxAddress to, UiLanguage language = UiLanguage.En)
    {
        var email = new MimeMessage();
        email.From.Add(from);
        email.To.Add(to);
        email.Subject = message.Alerts.Count == 1
            ? Texts.Get(language, "alert.subjectOne", ("query", message.Query.Name), ("title", message.Alerts[0].Title))
            : Texts.Get(language, "alert.subjectMany", ("query", message.Query.Name), ("mentions", Plural(language, "alert.mentions", message.Alerts.Count)));
        email.Body = new BodyBuilder { TextBody = PlainText(message, language), HtmlBody = Html(message, language) }.ToMessageBody();
        return email;
    }

    private static string Plural(UiLanguage language, string key, int count) =>
        Texts.Plural(language, key, count, count.ToString("N0", UiCulture.Of(language).Culture));

    private static string PlainText(AlertMessage message, UiLanguage language)
    {
        var text = new StringBuilder();
        text.Append(Texts.Get(language, "alert.query")).Append(' ').AppendLine(message.Query.QueryText).AppendLine();
        foreach (var alert in message.Alerts)
        {
            text.AppendLine(alert.Title).AppendLine(alert.Url.ToString());
            foreach (var passage in alert.Passages) text.Append("  … ").Append(passage.Text).AppendLine(" …");
            if (alert.RelatedArticleIds.Count > 0) text.Append("  ").AppendLine(Plural(language, "alert.alsoReported", alert.RelatedArticleIds.Count));
            text.AppendLine();
        }
        return text.ToString();
    }

    private static string Html(AlertMessage message, UiLanguage language)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(WebUtility.HtmlEncode(Texts.Get(language, "alert.query"))).Append(" <code>")
            .Append(WebUtility.HtmlEncode(message.Query.QueryText)).Append("</code></p>");
        foreach (var alert in message.Alerts)
        {
            html.Append("<h3><a href=\"").Append(WebUtility.HtmlEncode(alert.Url.ToString())).Append("\">")
                .Append(WebUtility.HtmlEncode(alert.Title)).Append("</a></h3>");
            foreach (var passage in alert.Passages) html.Append("<p>… ").Append(passage.Highlighted).Append(" …</p>");
        }
        return html.ToString();
    }
}
