using Watchdog.Collect.Feeds;
using Watchdog.Core.Fetching;
using Watchdog.Core.Sources;

namespace Watchdog.Pipeline.Stages.Refresh;

/// <summary>Reads a fetched feed into candidate articles, keeping each item's own content for when its page cannot be fetched.</summary>
public static class FeedSourceReader
{
    public static SourceReading Read(FetchResult fetched)
    {
        var feed = FeedParser.Parse(fetched.Body ?? [], fetched.ContentType, fetched.FinalUrl ?? fetched.RequestedUrl);
        if (feed.Format == FeedFormat.Unknown) return SourceReading.Failed(SourceKind.Feed, NotAFeed(fetched, feed.Problems.Count > 0 ? feed.Problems[0] : "not a feed"));

        var items = feed.Items
            .Where(item => item.Link is { Scheme: "http" or "https" })
            .Select(item => new DiscoveredItem(item.Link!, new FeedItemContent(
                item.Title, item.Summary, item.Content, item.Authors, item.Published, item.Updated)))
            .ToList();
        var problem = feed.WellFormed ? null : string.Join("; ", feed.Problems);
        if (items.Count == 0 && feed.Items.Count > 0) problem ??= "feed items have no http(s) links";
        return new SourceReading(SourceKind.Feed, items, feed.Title, problem);
    }

    /// <summary>Why the body is not a feed, and what it looks like instead, so the operator knows which kind to choose.</summary>
    public static string NotAFeed(FetchResult fetched, string problem)
    {
        var looksLike = SourceContentSniffer.Classify(fetched.ContentType, fetched.Body ?? [], fetched.Text);
        return looksLike switch
        {
            SourceKind.Page => $"not a feed ({problem}): the body is a web page{ContentType(fetched)}; add it with kind auto (its feeds are found, else its article links are followed) or page",
            SourceKind.Sitemap => $"not a feed ({problem}): the body is a sitemap; add it with kind sitemap or auto",
            _ => $"not a feed: {problem}",
        };
    }

    private static string ContentType(FetchResult fetched) => fetched.ContentType is { Length: > 0 } type ? $" ({type})" : "";
}
