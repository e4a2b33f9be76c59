namespace Watchdog.Extract.Tests.Robustness;

public class SemanticContainerTests
{
    private static readonly Uri Url = new("https://news.example/2024/03/story");

    private const string Body = """
        <div class="body">
        <p>The first paragraph of the body continues the story that the headline and the lead above it began, with the details.</p>
        <p>The second paragraph of the body quotes a spokesperson at length about what happens next and when it will happen.</p>
        <p>The third paragraph of the body gives the background that readers need to follow the rest of the report here.</p>
        <p>The fourth paragraph of the body ends the story with a date for the next meeting and what is expected of it.</p>
        </div>
        """;

    // The lead is over 30 % of the page's prose, so the <article> holding the h1 could pass for the whole story;
    // the body beside it holds more prose than the <article>, which says it is not.
    [Fact]
    public void An_article_element_holding_only_the_headline_and_lead_does_not_cut_off_the_body_after_it()
    {
        var html = $"""
            <html><body><div class="page"><article><h1>Council delays the vote</h1>
            <p>The council put off its vote on the new budget by a week after a long debate on Tuesday night. Members said they needed
            more time to read the finance director's late changes, which cut the road repair fund and raised parking charges.</p></article>
            {Body}</div></body></html>
            """;

        var text = ArticleExtractor.Extract(html, Url).Text;

        Assert.Contains("put off its vote", text, StringComparison.Ordinal);
        Assert.Contains("fourth paragraph of the body", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_outside_the_main_element_is_left_out_when_main_holds_most_of_it()
    {
        var html = $"""
            <html><body><div class="strip">Exchange rates today: USD 1.00, EUR 0.92, weather in the city: 3 degrees and snow.</div>
            <main>{Body}</main>
            <div class="after">A closing line of prose after the main element that is not part of the story at all, really.</div></body></html>
            """;

        var text = ArticleExtractor.Extract(html, Url).Text;

        Assert.StartsWith("The first paragraph", text, StringComparison.Ordinal);
        Assert.EndsWith("what is expected of it.", text, StringComparison.Ordinal);
    }
}
