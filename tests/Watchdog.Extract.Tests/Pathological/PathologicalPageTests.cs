using System.Text;
using Watchdog.Core.Articles;

namespace Watchdog.Extract.Tests.Pathological;

public class PathologicalPageTests
{
    private static readonly Uri Url = new("https://example.test/page");

    private const string Paragraph = "<p>This sentence is part of a long and otherwise ordinary article about nothing in particular, written to fill space.</p>";

    [Fact]
    public void Deep_nesting_does_not_overflow_the_stack()
    {
        const int depth = 50_000;
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++) html.Append("<div>");
        html.Append(Paragraph).Append(Paragraph);
        for (var i = 0; i < depth; i++) html.Append("</div>");
        html.Append("</body></html>");

        var article = ArticleExtractor.Extract(html.ToString(), Url);

        Assert.Contains("ordinary article", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_megabyte_page_gives_its_text_or_a_reason()
    {
        // Speed is measured by bench/ (extraction), not asserted here: wall time depends on what else the CI machine runs.
        var html = new StringBuilder("<html><body><article>");
        while (html.Length < 10 * 1024 * 1024) html.Append(Paragraph);
        html.Append("</article></body></html>");

        var article = ArticleExtractor.Extract(html.ToString(), Url);

        Assert.True(article.Text.Length > 1_000_000 || article.Problem is not null, "either the text or a reason");
    }

    [Fact]
    public void An_exhausted_time_budget_is_reported_as_a_problem()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 2000; i++) html.Append(Paragraph);
        html.Append("</body></html>");

        var article = ArticleExtractor.Extract(html.ToString(), Url, new ExtractionOptions { TimeBudget = TimeSpan.Zero });

        Assert.Contains("time budget", article.Problem, StringComparison.Ordinal);
        Assert.Equal(PageKind.Unknown, article.Kind);
    }

    [Fact]
    public void Markup_longer_than_the_limit_is_cut_and_the_cut_is_reported()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(Paragraph, 200)) + "</body></html>";

        var article = ArticleExtractor.Extract(html, Url, new ExtractionOptions { MaxHtmlLength = 5_000 });

        Assert.Contains("longer than 5000 characters", article.Problem, StringComparison.Ordinal);
        Assert.Contains("ordinary article", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_only_scripts_has_no_text_and_says_so()
    {
        var article = Fixture.Extract("only-scripts.html");

        Assert.Equal("", article.Text);
        Assert.NotNull(article.Problem);
        Assert.Equal(PageKind.Unknown, article.Kind);
    }

    [Fact]
    public void A_document_with_no_body_content_has_no_text_and_says_so()
    {
        var article = ArticleExtractor.Extract("<?xml version=\"1.0\"?><feed><title>not html</title></feed>", Url);

        Assert.Equal("", article.Text);
        Assert.NotNull(article.Problem);
    }

    [Fact]
    public void Empty_input_gives_an_empty_article_with_a_reason()
    {
        var article = ArticleExtractor.Extract("", Url);

        Assert.Equal("", article.Text);
        Assert.NotNull(article.Problem);
    }

    [Fact]
    public void Markup_that_breaks_the_html_parser_gives_a_reason_not_an_exception()
    {
        // AngleSharp 1.10.3's tree builder throws on this (found by fuzzing); a newer one may not.
        const string html = "<p><select><xmp></xmp><select>>";

        var article = ArticleExtractor.Extract(html, Url);

        Assert.Equal("", article.Text);
        Assert.NotNull(article.Problem);
        Assert.Equal(PageKind.Unknown, article.Kind);
    }

    [Fact]
    public void Unclosed_tags_and_stray_end_tags_still_yield_the_text()
    {
        var html = "<html><body><div><p>First paragraph of the story, long enough to count as prose for sure.<p>Second paragraph</b></i> of the story, also long enough to count.</span><div>";

        var article = ArticleExtractor.Extract(html, Url);

        Assert.Contains("First paragraph", article.Text, StringComparison.Ordinal);
        Assert.Contains("Second paragraph of the story", article.Text, StringComparison.Ordinal);
    }
}
