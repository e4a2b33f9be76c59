using Watchdog.Extract.Parsing;

namespace Watchdog.Extract.Tests.Parsing;

public class MarkupPrefilterTests
{
    [Theory]
    [InlineData("<p>a</p><script>var x = '<p>';</script><p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("<p>a</p><SCRIPT src=x></Script ><p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("<style>p{}</style><svg viewBox='0 0 1 1'><path d='M0'/></svg><template><p>t</p></template>x", "x")]
    [InlineData("a<!-- <p>hidden</p> -->b", "ab")]
    [InlineData("<script\ttype=module>1</script>x", "x")]
    public void Scripts_styles_svg_templates_and_comments_are_cut(string html, string expected) =>
        Assert.Equal(expected, MarkupPrefilter.Strip(html));

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>")]
    [InlineData("<scripts>not a script</scripts>")]
    [InlineData("<svgx>not svg</svgx>")]
    [InlineData("a <!-- never closed")]
    [InlineData("<stylesheet>x</stylesheet><t>y</t>")]
    public void Json_ld_other_tags_and_unclosed_constructs_are_kept(string html) =>
        Assert.Equal(html, MarkupPrefilter.Strip(html));

    [Theory]
    [InlineData("<p>a</p><script>var never = 'closed';<p>b</p>", "<p>a</p>var never = 'closed';<p>b</p>")]
    [InlineData("<style>.x{color:red}<p>b</p>", ".x{color:red}<p>b</p>")]
    public void An_element_never_closed_loses_only_its_start_tag_so_the_page_after_it_stays_readable(string html, string expected) =>
        Assert.Equal(expected, MarkupPrefilter.Strip(html));

    [Theory]
    [InlineData("<script>1</script><!--c--><p>a</p>", "<p>a</p>")]
    [InlineData("<p>a</p><style>p{}</style>", "<p>a</p>")]
    [InlineData("<script>1</script><style>2</style>", "")]
    [InlineData("a<!--1--><!--2-->b<script>3</script>c", "abc")]
    public void Cuts_at_the_start_at_the_end_and_back_to_back_leave_exactly_the_rest(string html, string expected) =>
        Assert.Equal(expected, MarkupPrefilter.Strip(html));

    [Fact]
    public void Markup_after_a_kept_construct_is_still_filtered()
    {
        var html = "<script type=\"application/ld+json\">{}</script><p>a</p><style>p{}</style><p>b</p>";

        Assert.Equal("<script type=\"application/ld+json\">{}</script><p>a</p><p>b</p>", MarkupPrefilter.Strip(html));
    }
}
