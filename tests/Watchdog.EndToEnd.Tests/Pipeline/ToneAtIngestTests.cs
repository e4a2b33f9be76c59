using Watchdog.Core.Articles;
using Watchdog.Pipeline.Stages;
using Watchdog.Pipeline.Stages.Articles;

namespace Watchdog.EndToEnd.Tests.Pipeline;

/// <summary>Articles get their tone when they are composed at ingest (and again when reprocessed), from their sentences.</summary>
public class ToneAtIngestTests
{
    private static readonly ArticleOrigin Origin = new(1, [], new Uri("https://news.example/a"), new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), null);

    private static FeedItemContent Item(string title, string text) => new(title, text, null, [], null, null);

    [Fact]
    public void A_clearly_negative_article_is_stored_as_negative()
    {
        var article = ArticleComposer.FromFeedItem(Item("Outrage over a corrupt deal",
            "Critics blasted the administration's cruel and disastrous policy. The mayor was accused of fraud and lying to investigators. "
            + "Protesters condemned the brutal crackdown and demanded justice."), Origin);

        Assert.Equal("en", article!.Language);
        Assert.Equal(Tone.Negative, article.Tone);
    }

    [Fact]
    public void An_article_in_a_language_without_a_tone_model_is_stored_untagged()
    {
        var article = ArticleComposer.FromFeedItem(Item("Hochwasser in der Stadt",
            "Das Hochwasser hat am Montag mehrere Straßen der Stadt überflutet. Die Feuerwehr war die ganze Nacht im Einsatz, und viele Anwohner mussten ihre Häuser verlassen."), Origin);

        Assert.Equal("de", article!.Language);
        Assert.Null(article.Tone);
    }
}
