using Watchdog.Collect.Feeds;

namespace Watchdog.Collect.Tests.Feeds;

/// <summary>Older and looser feed shapes: Atom 0.3 inline XML, base64 text, RSS body/summary/tags, CDF, repeated dates.</summary>
public sealed class FeedVariantsTests
{
    private static readonly Uri Base = new("https://site.example/feed.xml");

    [Fact]
    public void Atom03InlineXmlKeepsItsDivBecauseThereIsNoWrapper()
    {
        const string atom = """
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry>
              <summary type="application/xhtml+xml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>b</b><script>x()</script></div></summary>
            </entry></feed>
            """;
        Assert.Equal("<div>A <b>b</b></div>", Assert.Single(FeedParser.Parse(atom, Base).Items).Summary);
    }

    [Fact]
    public void Atom10XhtmlWrapperDivIsNotContent()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>b</b></div></content>
            </entry></feed>
            """;
        Assert.Equal("A <b>b</b>", Assert.Single(FeedParser.Parse(atom, Base).Items).Content);
    }

    [Fact]
    public void UndeclaredInlineMarkupIsReadAsMarkup()
    {
        const string atom = """<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><summary>Example <b>Atom</b></summary></entry></feed>""";
        Assert.Equal("Example <b>Atom</b>", Assert.Single(FeedParser.Parse(atom, Base).Items).Summary);
    }

    [Theory]
    [InlineData("PHA+SGlzdG9yeSBvZiB0aGUgJmx0O2JsaW5rJmd0OyB0YWc8L3A+", "History of the <blink> tag")] // <p>History of the &lt;blink&gt; tag</p>
    [InlineData("SGlzdG9yeSBvZiB0aGUgPGJsaW5rPiB0YWc=", "History of the <blink> tag")] // History of the <blink> tag: not HTML, stays text
    public void Base64TitleIsReadAsHtmlOnlyWhenItLooksLikeHtml(string encoded, string expected)
    {
        var atom = $"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="application/octet-stream">{encoded}</title></entry></feed>""";
        Assert.Equal(expected, Assert.Single(FeedParser.Parse(atom, Base).Items).Title);
    }

    [Fact]
    public void Base64HtmlContentIsSanitised()
    {
        var encoded = Convert.ToBase64String("<p>hi<script>steal()</script></p>"u8);
        var atom = $"""<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><content mode="base64">{encoded}</content></entry></feed>""";
        Assert.Equal("<p>hi</p>", Assert.Single(FeedParser.Parse(atom, Base).Items).Content);
    }

    [Fact]
    public void RepeatedUpdatedDateTakesTheLastOne()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry>
              <updated>2010-12-01T10:14:55Z</updated><updated>2003-12-31T10:14:55Z</updated>
            </entry></feed>
            """;
        Assert.Equal(new DateTimeOffset(2003, 12, 31, 10, 14, 55, TimeSpan.Zero), Assert.Single(FeedParser.Parse(atom, Base).Items).Updated);
    }

    [Theory]
    [InlineData("<description>D</description><summary>S</summary>", "D", "S")]
    [InlineData("<summary>S</summary><description>D</description>", "S", "D")]
    public void RssSummaryBesideDescriptionFirstIsSummaryOtherIsContent(string fields, string summary, string content)
    {
        var item = Assert.Single(FeedParser.Parse($"<rss version=\"2.0\"><channel><item>{fields}</item></channel></rss>", Base).Items);
        Assert.Equal((summary, content), (item.Summary, item.Content));
    }

    [Fact]
    public void RssBodyIsContentWithLinksResolved()
    {
        const string rss = """<rss version="2.0"><channel><item><body><a href="/x" onclick="e()">x</a></body></item></channel></rss>""";
        Assert.Equal("""<a href="https://site.example/x">x</a>""", Assert.Single(FeedParser.Parse(rss, Base).Items).Content);
    }

    [Fact]
    public void RssTagsElementAddsCategoriesInDocumentOrder()
    {
        const string rss = "<rss><channel><item><tags>tag one, tag two</tags><category>category one</category></item></channel></rss>";
        Assert.Equal(["tag one", "tag two", "category one"], Assert.Single(FeedParser.Parse(rss, Base).Items).Categories);
    }

    [Fact]
    public void CdfChannelAndItemAreRead()
    {
        const string cdf = """
            <CHANNEL HREF="http://www.example.org/"><TITLE>Channel</TITLE><ABSTRACT>About</ABSTRACT>
              <ITEM HREF="/one" LASTMOD="2004-04-06T23:05:43-05:00"><TITLE>One</TITLE><ABSTRACT>First</ABSTRACT></ITEM>
            </CHANNEL>
            """;
        var feed = FeedParser.Parse(cdf, Base);
        Assert.Equal(("Channel", "http://www.example.org/", "About"), (feed.Title, feed.Link?.AbsoluteUri, feed.Description));
        var item = Assert.Single(feed.Items);
        Assert.Equal(("One", "https://site.example/one", "First"), (item.Title, item.Link?.AbsoluteUri, item.Summary));
        Assert.Equal(new DateTimeOffset(2004, 4, 7, 4, 5, 43, TimeSpan.Zero), item.Updated);
    }

    [Fact]
    public void PlainTextSummaryIsEscapedSoItNeverBecomesMarkup()
    {
        const string atom = """<feed xmlns="http://www.w3.org/2005/Atom"><entry><summary type="text">a &lt;script&gt;x()&lt;/script&gt; &amp; b</summary></entry></feed>""";
        Assert.Equal("a &lt;script&gt;x()&lt;/script&gt; &amp; b", Assert.Single(FeedParser.Parse(atom, Base).Items).Summary);
    }

    [Theory]
    [InlineData("Example editor &lt;me@example.com&gt;", "Example editor")]
    [InlineData("Example editor (me@example.com)", "Example editor")]
    [InlineData("me@example.com (Example editor)", "Example editor")]
    [InlineData("me@example.com", "me@example.com")]
    [InlineData("Редакция (Алматы)", "Редакция (Алматы)")]
    public void RssAuthorWithAnEmailIsReadAsTheName(string written, string name)
    {
        var rss = $"<rss version=\"2.0\"><channel><item><author>{written}</author></item></channel></rss>";
        Assert.Equal([name], Assert.Single(FeedParser.Parse(rss, Base).Items).Authors);
    }

    [Fact]
    public void InvalidUtf8InADocumentDeclaredUtf8IsNotWellFormed()
    {
        var body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><item><title>a \u00a9 b</title></item></channel></rss>"u8.ToArray();
        var broken = body.ToArray();
        var at = Array.IndexOf(broken, (byte)0xC2); // the lead byte of ©: its continuation byte now stands alone
        broken[at] = (byte)' ';

        Assert.True(FeedParser.Parse(body, "application/rss+xml", Base).WellFormed);
        var feed = FeedParser.Parse(broken, "application/rss+xml", Base);
        Assert.False(feed.WellFormed);
        Assert.Contains(feed.Problems, p => p.Contains("not valid UTF-8", StringComparison.Ordinal));
        Assert.Equal("a \uFFFD b", Assert.Single(feed.Items).Title);
    }
}
