using AngleSharp.Dom;
using Watchdog.Core.Text;
using Watchdog.Extract.Metadata;
using Watchdog.Extract.Parsing;

namespace Watchdog.Extract.Tests.Metadata;

/// <summary>The one-walk collection must find exactly what the CSS selector queries it replaces would.</summary>
public class MetadataElementsTests
{
    private const string EdgeCases = """
        <html class="meta-root"><head>
          <meta property="og:title" content="T"><link rel="Canonical" href="/c">
          <script type="application/LD+JSON">{}</script><script type="text/javascript">var a;</script>
        </head><body class="date-body">
          <h2>not first h1</h2><h1 id="pubdate">First</h1><h1>Second</h1>
          <span class="Byline">wrong case</span><span class="byline-extra">not a token</span><span class="the byline">by A</span>
          <a rel="AUTHOR nofollow" href="/a">B</a><div itemprop="author name">C</div><div itemprop="authors">no</div>
          <span class="author-name">D</span><p class="author">E</p>
          <time datetime="2024-03-12">x</time><meta itemprop="datePublished dateModified" content="2024-03-12">
          <div itemprop="DatePublished">wrong case</div>
          <div class="PostDate">1</div><div class="timestamp">2</div><div id="upDATEd">3</div><div class="unpublished">4</div>
          <script class="date">5</script><style class="date">6</style><div class="metadata">7</div><div class="mEtA">8</div>
        </body></html>
        """;

    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string> { EdgeCases, ManyDateLookingElements() };
        foreach (var fixture in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.html").Order(StringComparer.Ordinal))
        {
            pages.Add(CharsetDecoder.Decode(File.ReadAllBytes(fixture), "text/html").Text);
        }
        return pages;
    }

    private static string ManyDateLookingElements() =>
        "<html><body>" + string.Concat(Enumerable.Range(0, 30).Select(i => $"<span class='date'>{i}</span><span class='time'><b class='meta'>{i}</b></span>")) + "</body></html>";

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_walk_finds_what_the_selector_queries_find(string html)
    {
        var document = PageParser.Parse(MarkupPrefilter.Strip(html));

        var found = MetadataElements.Collect(document);

        Assert.Equal(document.GetElementsByTagName("meta"), found.Metas);
        Assert.Equal(document.GetElementsByTagName("link"), found.Links);
        Assert.Equal(document.QuerySelectorAll("script[type*='ld+json' i]"), found.JsonLdScripts);
        Assert.Same(document.QuerySelector("h1"), found.FirstHeading);
        Assert.Equal(document.QuerySelectorAll("[itemprop~='author'], [rel~='author'], .byline, .author-name, .author"), found.AuthorCandidates);
        Assert.Equal(document.QuerySelectorAll("[itemprop~='datePublished']"), found.DatePublishedItems);
        Assert.Equal(document.QuerySelectorAll("[itemprop~='dateModified']"), found.DateModifiedItems);
        Assert.Equal(document.GetElementsByTagName("time"), found.TimeElements);
        var dateLooking = document.QuerySelectorAll("[class*='date' i], [class*='time' i], [class*='publish' i], [id*='date' i], [class*='meta' i]")
            .Where(e => e.LocalName is not ("html" or "body" or "script" or "style"))
            .Take(Watchdog.Extract.Dates.PublicationDateFinder.MaxDateElements);
        Assert.Equal(dateLooking, found.DateLookingElements);
    }

    [Fact]
    public void The_edge_case_page_exercises_every_list()
    {
        var found = MetadataElements.Collect(PageParser.Parse(MarkupPrefilter.Strip(EdgeCases)));

        Assert.Equal("First", found.FirstHeading?.TextContent);
        Assert.Equal(["by A", "B", "C", "D", "E"], found.AuthorCandidates.Select(e => e.TextContent));
        Assert.Single(found.JsonLdScripts);
        Assert.Single(found.DatePublishedItems);
        Assert.Single(found.DateModifiedItems);
        Assert.Equal(["First", "1", "2", "3", "4", "7", "8"], found.DateLookingElements.Select(e => e.TextContent));
    }
}
