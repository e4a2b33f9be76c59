using Watchdog.Collect.Discovery;
using Watchdog.Core.Sources;

namespace Watchdog.Collect.Tests.Discovery;

public sealed class SectionLinkExtractorTests
{
    private static readonly Uri Section = new("https://www.site.example/politics/");

    private const string Page = """
        <a href="/politics/2025/06/budget-vote">Budget vote</a>
        <a href="https://site.example/economy/new-tax-law#comments">New tax law</a>
        <a href="/politics/2025/06/budget-vote#top">Same article again</a>
        <a href="https://elsewhere.example/story">Other site</a>
        <a href="/">Home</a>
        <a href="/tag/elections">Tag page</a>
        <a href="/images/photo.jpg">Photo</a>
        <a href="mailto:desk@site.example">Mail</a>
        <a href="/politics/sponsored-offer" rel="nofollow sponsored">Ad</a>
        """;

    private static IReadOnlyList<DiscoveredLink> Extract(CrawlLimits limits, int depth = 0) => new SectionLinkExtractor(limits).Extract(Page, Section, depth);

    [Fact]
    public void SameSiteArticleLinksAreKeptOnceWithoutFragments()
    {
        var links = Extract(CrawlLimits.Default);
        Assert.Equal(["https://www.site.example/politics/2025/06/budget-vote", "https://site.example/economy/new-tax-law"], links.Select(l => l.Url.AbsoluteUri));
        Assert.All(links, l => Assert.Equal(1, l.Depth));
        Assert.Equal("Budget vote", links[0].Text);
    }

    [Fact]
    public void IncludePatternRestrictsLinks() =>
        Assert.Single(Extract(CrawlLimits.Default with { IncludePattern = "/politics/" }));

    [Fact]
    public void ExcludePatternRemovesLinks() =>
        Assert.Equal("https://site.example/economy/new-tax-law", Assert.Single(Extract(CrawlLimits.Default with { ExcludePattern = @"/\d{4}/" })).Url.AbsoluteUri);

    [Fact]
    public void NothingIsFollowedBeyondMaxDepth() => Assert.Empty(Extract(CrawlLimits.Default with { MaxDepth = 1 }, depth: 1));

    [Fact]
    public void MaxPagesPerRunCapsTheLinks() => Assert.Single(Extract(CrawlLimits.Default with { MaxPagesPerRun = 1 }));

    [Fact]
    public void InvalidPatternIsReportedClearly()
    {
        var problem = SectionLinkExtractor.Validate(CrawlLimits.Default with { IncludePattern = "(unclosed" });
        Assert.Contains("IncludePattern", problem, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new SectionLinkExtractor(CrawlLimits.Default with { IncludePattern = "(unclosed" }));
    }
}
