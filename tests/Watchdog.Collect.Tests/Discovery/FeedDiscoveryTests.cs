using Watchdog.Collect.Discovery;

namespace Watchdog.Collect.Tests.Discovery;

public sealed class FeedDiscoveryTests
{
    private static readonly Uri Home = new("https://site.example/news/");

    [Fact]
    public void RssAtomAndJsonFeedLinksAreFoundAndResolved()
    {
        const string html = """
            <html><head>
              <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.rss">
              <link rel="alternate" type="application/atom+xml" href="atom.xml">
              <link rel="alternate" type="application/feed+json" href="https://cdn.example/feed.json">
              <link rel="stylesheet" type="text/css" href="/style.css">
            </head></html>
            """;
        var feeds = FeedDiscovery.Discover(html, Home);
        Assert.Equal(["https://site.example/feed.rss", "https://site.example/news/atom.xml", "https://cdn.example/feed.json"], feeds.Select(f => f.Url.AbsoluteUri));
        Assert.Equal("RSS", feeds[0].Title);
    }

    [Fact]
    public void BaseHrefIsHonoured()
    {
        var feeds = FeedDiscovery.Discover("""<head><base href="https://other.example/x/"><link rel="alternate" type="application/rss+xml" href="rss"></head>""", Home);
        Assert.Equal("https://other.example/x/rss", Assert.Single(feeds).Url.AbsoluteUri);
    }

    [Fact]
    public void RelTokensAndTypeParametersAreParsed()
    {
        var feeds = FeedDiscovery.Discover("""<link rel="ALTERNATE home" type="application/atom+xml; charset=utf-8" href="/a">""", Home);
        Assert.Equal("application/atom+xml", Assert.Single(feeds).Type);
    }

    [Fact]
    public void NonFeedAlternatesAndBadHrefsAreIgnored()
    {
        const string html = """
            <link rel="alternate" hreflang="kk" href="/kk/">
            <link rel="alternate" type="application/json+oembed" href="/oembed">
            <link rel="alternate" type="application/rss+xml" href="javascript:void(0)">
            """;
        Assert.Empty(FeedDiscovery.Discover(html, Home));
    }

    [Fact]
    public void BrokenMarkupStillYieldsFeeds() =>
        Assert.Single(FeedDiscovery.Discover("<html><head><link rel=alternate type=application/rss+xml href=/rss><title>unclosed", Home));
}
