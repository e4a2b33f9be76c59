using System.Text;
using System.Text.Json;
using Watchdog.Collect.Feeds;

namespace Watchdog.Collect.Tests.Feeds;

public sealed class FeedParserTests
{
    private static readonly Uri Base = new("https://site.example/news/feed.xml");

    static FeedParserTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Rss2 = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Site &amp;amp; News</title>
            <link>https://site.example/</link>
            <description>All the news</description>
            <item>
              <title>Budget &lt;b&gt;approved&lt;/b&gt; &amp;mdash; finally</title>
              <link>/news/budget</link>
              <guid isPermaLink="false">budget-2025</guid>
              <dc:creator>A. Writer</dc:creator>
              <pubDate>Tue, 03 Jun 2025 10:15:00 +0500</pubDate>
              <description>&lt;p&gt;Short&lt;/p&gt;</description>
              <content:encoded><![CDATA[<p>Full text</p>]]></content:encoded>
              <enclosure url="/media/a.mp3" type="audio/mpeg" length="12345"/>
              <category>Politics</category>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Rss2ChannelIsRead()
    {
        var feed = FeedParser.Parse(Rss2, Base);
        Assert.Equal((FeedFormat.Rss, "2.0", "Site & News", "https://site.example/", "All the news", true),
            (feed.Format, feed.Version, feed.Title, feed.Link?.AbsoluteUri, feed.Description, feed.WellFormed));
    }

    [Fact]
    public void Rss2ItemFieldsAreMapped()
    {
        var item = Assert.Single(FeedParser.Parse(Rss2, Base).Items);
        Assert.Equal(("budget-2025", "Budget approved — finally", "https://site.example/news/budget"), (item.Id, item.Title, item.Link?.AbsoluteUri));
        Assert.Equal(["A. Writer"], item.Authors);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 5, 15, 0, TimeSpan.Zero), item.Published);
        Assert.Equal(("<p>Short</p>", "<p>Full text</p>"), (item.Summary, item.Content));
        Assert.Equal(new FeedEnclosure(new Uri("https://site.example/media/a.mp3"), "audio/mpeg", 12345), Assert.Single(item.Enclosures));
        Assert.Equal(["Politics"], item.Categories);
    }

    [Fact]
    public void AtomEntryUsesXmlBaseAndTextConstructs()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://site.example/blog/">
              <title type="html">Blog &lt;i&gt;one&lt;/i&gt;</title>
              <link href="./"/>
              <entry xml:base="posts/">
                <id>tag:site.example,2025:1</id>
                <title>Post</title>
                <link rel="alternate" href="first"/>
                <link rel="enclosure" href="/a.mp3" type="audio/mpeg" length="9"/>
                <author><name>Ada</name></author>
                <published>2025-06-03T10:00:00Z</published>
                <updated>2025-06-04T11:30:00+02:00</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <b>there</b></p></div></content>
                <category term="tech"/>
              </entry>
            </feed>
            """;
        var feed = FeedParser.Parse(atom, null);
        var entry = Assert.Single(feed.Items);
        Assert.Equal((FeedFormat.Atom, "Blog one", "https://site.example/blog/"), (feed.Format, feed.Title, feed.Link?.AbsoluteUri));
        Assert.Equal(("tag:site.example,2025:1", "https://site.example/blog/posts/first", "<p>Hi <b>there</b></p>"), (entry.Id, entry.Link?.AbsoluteUri, entry.Content));
        Assert.Equal(new DateTimeOffset(2025, 6, 4, 9, 30, 0, TimeSpan.Zero), entry.Updated);
        Assert.Equal(("https://site.example/a.mp3", "tech", "Ada"), (entry.Enclosures[0].Url.AbsoluteUri, entry.Categories[0], entry.Authors[0]));
    }

    [Fact]
    public void RdfItemsBesideTheChannelAreRead()
    {
        const string rdf = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://site.example/"><title>RDF site</title><link>https://site.example/</link></channel>
              <item rdf:about="https://site.example/1"><title>One</title><link>https://site.example/1</link><dc:date>2025-06-03</dc:date></item>
            </rdf:RDF>
            """;
        var feed = FeedParser.Parse(rdf, null);
        var item = Assert.Single(feed.Items);
        Assert.Equal((FeedFormat.Rdf, "RDF site", "https://site.example/1", "One"), (feed.Format, feed.Title, item.Id, item.Title));
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 0, 0, 0, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void JsonFeedIsRead()
    {
        const string json = """
            {"version":"https://jsonfeed.org/version/1.1","title":"JSON site","home_page_url":"https://site.example/",
             "items":[{"id":"1","url":"/posts/1","title":"Hello &amp; welcome","content_html":"<p>Hi</p>","date_published":"2025-06-03T10:00:00Z",
                       "authors":[{"name":"Ada"}],"tags":["a"],"attachments":[{"url":"/x.mp3","mime_type":"audio/mpeg","size_in_bytes":5}]}]}
            """;
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(json), "application/feed+json", Base);
        var item = Assert.Single(feed.Items);
        Assert.Equal((FeedFormat.JsonFeed, "JSON site"), (feed.Format, feed.Title));
        Assert.Equal(("1", "Hello & welcome", "https://site.example/posts/1", "<p>Hi</p>", "Ada"), (item.Id, item.Title, item.Link?.AbsoluteUri, item.Content, item.Authors[0]));
        Assert.Equal(5, item.Enclosures[0].Length);
    }

    [Fact]
    public void JsonThatIsNotAFeedIsRejectedWithAReason()
    {
        var feed = FeedParser.Parse("""{"hello":"world"}""", Base);
        Assert.False(feed.WellFormed);
        Assert.Contains("not a JSON Feed", Assert.Single(feed.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedFeedGivesTheItemsBeforeTheBreak()
    {
        var truncated = Rss2.Replace("</item>", "</item><item><title>Second</title><link>/2</link></item><item><title>Thi", StringComparison.Ordinal);
        truncated = truncated[..truncated.IndexOf("<item><title>Thi", StringComparison.Ordinal)] + "<item><title>Thi";
        var feed = FeedParser.Parse(truncated, Base);
        Assert.False(feed.WellFormed);
        Assert.NotEmpty(feed.Problems);
        Assert.Equal(["Budget approved — finally", "Second", "Thi"], feed.Items.Select(i => i.Title));
    }

    [Fact]
    public void UndefinedHtmlEntitiesAreRepaired()
    {
        var feed = FeedParser.Parse("<rss version=\"2.0\"><channel><title>A&nbsp;B &copy; C & D</title></channel></rss>", Base);
        Assert.Equal((false, "A\u00a0B © C & D"), (feed.WellFormed, feed.Title));
    }

    [Fact]
    public void HtmlPageIsNotAFeed()
    {
        var feed = FeedParser.Parse("<html><head><title>x</title></head></html>", Base);
        Assert.Contains("<html>", Assert.Single(feed.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not xml at all")]
    [InlineData("<<<>>>")]
    public void GarbageGivesAReasonNotACrash(string text)
    {
        var feed = FeedParser.Parse(text, Base);
        Assert.False(feed.WellFormed);
        Assert.NotEmpty(feed.Problems);
    }

    [Fact]
    public void Windows1251FeedDeclaredInXmlIsDecoded()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>Новости дня</title></channel></rss>");
        Assert.Equal("Новости дня", FeedParser.Parse(bytes, "application/rss+xml", Base).Title);
    }

    [Fact]
    public void ExternalEntitiesAreNeverResolved()
    {
        const string xxe = """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]><rss version="2.0"><channel><title>a&x;b</title></channel></rss>""";
        var feed = FeedParser.Parse(xxe, Base);
        Assert.DoesNotContain(File.Exists("/etc/hostname") ? File.ReadAllText("/etc/hostname").Trim() : "\u0000", feed.Title ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void ParsedFeedSerialisesWithIsoDatesAndFormatName()
    {
        var json = JsonSerializer.Serialize(FeedParser.Parse(Rss2, Base));
        Assert.Contains("\"Format\":\"Rss\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Published\":\"2025-06-03T10:15:00+05:00\"", json, StringComparison.Ordinal);
    }
}
