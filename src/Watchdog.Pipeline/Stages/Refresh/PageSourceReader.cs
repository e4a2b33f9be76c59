using Watchdog.Collect.Discovery;
using Watchdog.Core.Sources;
using Watchdog.Core.Text;

namespace Watchdog.Pipeline.Stages.Refresh;

/// <summary>
/// Reads a web page source. A page added as Auto that advertises a feed (&lt;link rel="alternate"&gt;) is read
/// through that feed, and stays Auto so the page is checked for its feed on every refresh. Otherwise — or when the
/// operator said the source is a page — it is a section page whose same-site article links are followed within the
/// source's limits.
/// </summary>
public sealed class PageSourceReader(TrackedFetcher fetcher)
{
    public async Task<SourceReading> ReadAsync(Source source, Uri pageUrl, byte[] body, string? contentType, CancellationToken ct)
    {
        var html = CharsetDecoder.Decode(body, contentType).Text;
        if (source.Kind == SourceKind.Auto && FeedDiscovery.Discover(html, pageUrl) is [var feed, ..])
            return await ReadDiscoveredFeedAsync(source, feed, ct);

        if (SectionLinkExtractor.Validate(source.Limits) is { } invalid) return SourceReading.Failed(SourceKind.Page, invalid);
        var links = new SectionLinkExtractor(source.Limits).Extract(html, pageUrl, pageDepth: 0);
        var items = links.Select(link => new DiscoveredItem(link.Url, DepthLeft: source.Limits.MaxDepth - link.Depth)).ToList();
        return new SourceReading(SourceKind.Page, items);
    }

    private async Task<SourceReading> ReadDiscoveredFeedAsync(Source source, DiscoveredFeed feed, CancellationToken ct)
    {
        var fetched = await fetcher.FetchAsync(feed.Url, source.Id, ct);
        if (fetched.IsUnchanged) return new SourceReading(SourceKind.Auto, [], feed.Title) { NotModified = true };
        if (!fetched.Result.HasBody)
            return SourceReading.Failed(SourceKind.Auto, $"feed {feed.Url} found on the page could not be fetched: {fetched.Result.Describe()}");
        var reading = FeedSourceReader.Read(fetched.Result) with { ResolvedKind = SourceKind.Auto };
        if (!reading.IsFailure) await fetcher.RememberAsync(fetched, ct);
        return reading with { Title = reading.Title ?? feed.Title };
    }
}
