using MimeKit;
using Watchdog.Core.Localization;
using Watchdog.Core.Watching;
using Watchdog.Watch.Delivery;

namespace Watchdog.Watch.Tests.Delivery;

/// <summary>Alert e-mails in the installation's language (the <c>language</c> setting).</summary>
public class AlertEmailTests
{
    private static readonly MailboxAddress From = new("Watchdog", "watchdog@localhost");
    private static readonly MailboxAddress To = new("", "analyst@example.kz");

    private static AlertMessage Message(int alerts) => new(
        new StandingQuery { Id = 7, Name = "нефть", QueryText = "нефть OR мұнай" },
        new DeliveryTarget(DeliveryChannel.Email, "analyst@example.kz"),
        [.. Enumerable.Range(1, alerts).Select(i => new Alert
        {
            Id = i, QueryId = 7, ArticleId = 10 + i, StoryKey = "k", Title = $"Цены на нефть {i}", Url = new Uri($"https://example.kz/a/{i}"),
            Passages = [new AlertPassage("text", 0, 5, "нефть", "<mark>нефть</mark>")], RelatedArticleIds = [100, 101],
        })]);

    [Theory]
    [InlineData(UiLanguage.En, 5, "[Watchdog] нефть: 5 new mentions")]
    [InlineData(UiLanguage.Ru, 2, "[Watchdog] нефть: 2 новых упоминания")]
    [InlineData(UiLanguage.Ru, 5, "[Watchdog] нефть: 5 новых упоминаний")]
    [InlineData(UiLanguage.Kk, 5, "[Watchdog] нефть: 5 жаңа жарияланым")]
    public void The_subject_of_several_alerts_counts_them_in_the_language(UiLanguage language, int alerts, string subject)
    {
        Assert.Equal(subject, AlertEmail.Compose(Message(alerts), From, To, language).Subject);
    }

    [Fact]
    public void A_russian_alert_email_labels_its_parts_in_russian()
    {
        var email = AlertEmail.Compose(Message(1), From, To, UiLanguage.Ru);

        Assert.StartsWith("Запрос: нефть OR мұнай", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("(об этом также сообщают ещё 2 статьи)", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>Запрос: <code>", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_language_has_every_text_of_the_english_file()
    {
        var english = AlertEmail.Texts.Keys(UiLanguage.En).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(english, AlertEmail.Texts.Keys(UiLanguage.Ru).Order(StringComparer.Ordinal));
        Assert.Equal(english, AlertEmail.Texts.Keys(UiLanguage.Kk).Order(StringComparer.Ordinal));
    }
}
