using Watchdog.Collect.Feeds;

namespace Watchdog.Collect.Tests.Feeds;

/// <summary>Active content never survives in feed summaries, content or titles (cases written here, not taken from the corpus).</summary>
public sealed class FeedHtmlSanitizerTests
{
    private static readonly Uri Base = new("https://news.example.org/section/");

    [Theory]
    [InlineData("<p>Hi<script>alert(1)</script> there</p>", "<p>Hi there</p>")]
    [InlineData("<p>Hi<style>p{display:none}</style> there</p>", "<p>Hi there</p>")]
    [InlineData("<img src=\"/a.png\" onerror=\"alert(1)\">", "<img src=\"https://news.example.org/a.png\" />")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"vbscript:msgbox\">x</a>", "<a>x</a>")]
    [InlineData("<img src=\"data:text/html;base64,PHNjcmlwdD4=\">", "<img />")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">text", "text")]
    [InlineData("a<iframe src=\"https://evil.example/\"></iframe>b", "ab")]
    [InlineData("a<frameset><frame src=\"https://evil.example/\"></frameset>b", "ab")]
    [InlineData("a<embed src=\"https://evil.example/x.swf\">b", "ab")]
    [InlineData("a<object data=\"https://evil.example/x.swf\"><param name=\"x\" value=\"y\">fallback</object>b", "afallbackb")]
    [InlineData("<svg onload=\"alert(1)\"><circle /></svg>ok", "ok")]
    [InlineData("<scr<script>ipt>alert(1)</script>", "ipt&gt;alert(1)")]
    [InlineData("<div style=\"background:url(javascript:alert(1)); color: red\">x</div>", "<div>x</div>")]
    [InlineData("<div style=\"position:absolute; top:0; color: red\">x</div>", "<div style=\"color: red;\">x</div>")]
    [InlineData("<form action=\"https://evil.example/\"><input name=\"password\"></form>text", "text")]
    public void Active_content_is_removed(string html, string expected) => Assert.Equal(expected, FeedHtmlSanitizer.Sanitize(html, Base));

    [Theory]
    [InlineData("<p>Plain <b>bold</b> &amp; <a href=\"https://x.example/\">link</a></p>")]
    [InlineData("<p>Line<br/>break &#38; entity</p>")]
    public void Harmless_markup_is_kept_as_written(string html) => Assert.Equal(html, FeedHtmlSanitizer.Sanitize(html, Base));

    [Fact]
    public void Relative_links_are_resolved_against_the_base() =>
        Assert.Equal("<a href=\"https://news.example.org/section/story\">s</a>", FeedHtmlSanitizer.Sanitize("<a href=\"story\">s</a>", Base));

    [Theory]
    [InlineData("Safe<script>location.href='https://evil.example/'</script> title", "Safe title")]
    [InlineData("<b>Bold</b> &amp; <style>x{}</style>plain", "Bold & plain")]
    [InlineData("History of the &lt;blink&gt; tag", "History of the <blink> tag")]
    [InlineData("<img src=x onerror=alert(1)>", null)]
    public void Titles_read_as_plain_text_without_scripts(string markup, string? expected) => Assert.Equal(expected, FeedHtmlSanitizer.PlainText(markup));

    [Fact]
    public void A_parsed_feed_carries_no_active_content()
    {
        var rss = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xml:base="https://pod.example/">
              <channel><title>Pod</title>
                <item>
                  <title>Episode&lt;script&gt;alert(1)&lt;/script&gt; one</title>
                  <link>episodes/1</link>
                  <itunes:summary>Show notes with &lt;a href="javascript:alert(1)" onclick="x()"&gt;a link&lt;/a&gt;</itunes:summary>
                  <itunes:author>Ann Host</itunes:author>
                </item>
              </channel>
            </rss>
            """;
        var item = Assert.Single(FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(rss), null, null).Items);
        Assert.Equal("Episode one", item.Title);
        Assert.Equal("https://pod.example/episodes/1", item.Link?.AbsoluteUri);
        Assert.Equal("Show notes with <a>a link</a>", item.Summary);
        Assert.Equal(["Ann Host"], item.Authors);
    }
}
