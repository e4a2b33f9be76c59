namespace Watchdog.Extract.Tests.Robustness;

/// <summary>
/// One hand-written page per failure class seen on pages the extractor had never met (Fixtures/FailureClasses,
/// in the benchmark's shape, with the article body each should give). Each class is handled by a general
/// rule; no rule knows these pages.
/// </summary>
public class FailureClassTests
{
    private static readonly FixtureSet Set = new("FailureClasses");

    /// <summary>Every page's body is short and written to be unambiguous: anything below this is a class come back.</summary>
    private const double PageF1Floor = 0.95;

    private static string TextOf(string id) => Set.Page(id).PredictedBody;

    public static TheoryData<string> Pages() => Set.Ids();

    [Theory]
    [MemberData(nameof(Pages))]
    public void Each_page_gives_its_article_body(string id)
    {
        var page = Set.Page(id);

        Assert.True(page.Score!.F1 >= PageF1Floor, $"{id}: F1 {page.Score.F1:F3} (P {page.Score.Precision:F3}, R {page.Score.Recall:F3})\n{page.PredictedBody}");
    }

    [Fact]
    public void A_comment_thread_under_a_comments_heading_is_left_out()
    {
        var text = TextOf("comment-thread");

        Assert.Contains("first proper storm", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Margaret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Comments (5)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reply", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("related-grid-with-heading", "appeal")]
    [InlineData("related-grid-without-heading", "after six months")]
    public void A_grid_of_teasers_is_not_taken_for_the_story(string id, string lastWords)
    {
        var text = TextOf(id);

        Assert.EndsWith(lastWords + ".", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sewage", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hidden-wrapper-and-event-box", "Public meeting")]
    [InlineData("short-article-with-boxes", "RSS feed")]
    [InlineData("short-article-with-boxes", "Hedge laying")]
    public void Sidebar_boxes_are_neither_the_article_nor_part_of_it(string id, string boxWords) =>
        Assert.DoesNotContain(boxWords, TextOf(id), StringComparison.Ordinal);

    [Fact]
    public void A_currency_and_weather_strip_above_the_masthead_is_not_the_first_paragraph()
    {
        var text = TextOf("topbar-outside-main");

        Assert.StartsWith("Городской акимат", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Курс валют", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Спасибо за материал", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_split_by_an_inline_module_and_an_embed_is_read_to_its_end()
    {
        var text = TextOf("body-split-by-inline-module");

        Assert.Contains("Manufacturing output fell", text, StringComparison.Ordinal);
        Assert.EndsWith("construction sector is available.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Police appeal", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_the_article_element_ends_is_left_out()
    {
        var text = TextOf("text-past-article-end");

        Assert.EndsWith("next three years.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_from_broken_script_and_style_tags_never_comes_out_as_text()
    {
        var text = TextOf("broken-script-and-style");

        Assert.DoesNotContain("window.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("display:none", text, StringComparison.Ordinal);
        Assert.Contains("Curators spent two years", text, StringComparison.Ordinal);
        Assert.EndsWith("throughout the spring.", text, StringComparison.Ordinal);
    }
}
