namespace Watchdog.Extract.Tests.Robustness;

public class AdLabelTests
{
    [Fact]
    public void Ad_slot_labels_inside_the_article_are_not_text_but_sentences_about_advertising_are()
    {
        const string html = """
            <html><body><article>
            <p>The regulator opened an inquiry into the advertising market on Monday, after complaints from small publishers.</p>
            <div class="slot"><span>Advertisement</span></div>
            <p>It will look at how the largest platforms set prices for ads shown next to news articles over the last three years.</p>
            <p>Story continues below advertisement</p>
            <p>Реклама</p>
            <p>Its first findings are due in the autumn, and the regulator said it could order changes before the end of the year.</p>
            </article></body></html>
            """;

        var text = ArticleExtractor.Extract(html, new Uri("https://news.example/2024/03/ads")).Text;

        Assert.Contains("into the advertising market", text, StringComparison.Ordinal);
        Assert.EndsWith("before the end of the year.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Story continues", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Реклама", text, StringComparison.Ordinal);
    }
}
