using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Watchdog.Collect.Discovery;
using Watchdog.Collect.Fetching;
using Watchdog.Collect.Sitemaps;
using Watchdog.Collect.Social;
using Watchdog.Core.Fetching;
using Watchdog.Core.Sources;
using Watchdog.Core.Text;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Stages;
using Watchdog.Pipeline.Stages.Refresh;

namespace Watchdog.Pipeline.Preview;

/// <summary>
/// What a source would give before it is added: its kind (a social address is recognised by its shape, anything else by
/// its content, as the first refresh would resolve Auto) and the items of its first page. Nothing is stored or
/// remembered: the fetches go around the fetch log, the raw store and the URL states, so a preview never makes the first
/// real refresh skip an item. `watchdog sources preview` and <c>POST /api/sources/preview</c> both read through it.
/// </summary>
public sealed partial class SourcePreviewer(HttpFetcher fetcher, IOptions<WatchdogOptions> options, TimeProvider clock)
{
    /// <summary>Enough to judge a source by; a feed of hundreds of items would only slow the page down.</summary>
    public const int MaxItems = 20;

    /// <summary>An item's text is shown as a snippet, not read whole.</summary>
    public const int MaxTextLength = 300;

    public async Task<SourcePreview> PreviewAsync(Uri url, SourceKind kind, CancellationToken ct)
    {
        if (kind == SourceKind.Auto) kind = SocialSourceDetector.Detect(url) ?? SourceKind.Auto;
        if (kind.IsSocial())
        {
            var (read, unreachable) = await ReadSocialAsync(url, kind, ct);
            var page = read ?? SocialPage.Failed(unreachable!);
            return new SourcePreview(kind, page.Title, page.Posts.Take(MaxItems).Select(FromPost).ToList(),
                page.IsFailure ? page.Problems[0] : page.Posts.Count == 0 ? "no posts found on the first page" : null, page.Posts.Count);
        }

        var fetched = await fetcher.FetchAsync(new FetchRequest(url), ct);
        if (!fetched.HasBody) return SourcePreview.Failed(kind, $"fetching {url} failed: {fetched.Describe()}");
        var resolved = kind == SourceKind.Auto ? SourceContentSniffer.Classify(fetched.ContentType, fetched.Body, fetched.Text) : kind;
        var reading = resolved switch
        {
            SourceKind.Feed => FeedSourceReader.Read(fetched),
            SourceKind.Sitemap => ReadSitemap(fetched),
            _ => await ReadPageAsync(fetched, offerFeed: kind == SourceKind.Auto, ct),
        };
        var items = reading.Items.Take(MaxItems).Select(FromDiscovered).ToList();
        var problem = reading.Problem ?? (reading.Items.Count == 0 ? "no items found" : null);
        return new SourcePreview(reading.ResolvedKind == SourceKind.Auto ? SourceKind.Feed : reading.ResolvedKind, reading.Title, items, problem, reading.Items.Count);
    }

    /// <summary>The first page of a social source, read as its kind.</summary>
    /// <returns>The page as parsed (which may hold problems of its own), or why there was no page to parse.</returns>
    public async Task<(SocialPage? Page, string? Unreachable)> ReadSocialAsync(Uri url, SourceKind kind, CancellationToken ct)
    {
        var endpoint = SocialEndpoints.FirstPage(kind, url, options.Value.Social.VkServiceToken);
        if (endpoint.Url is null) return (null, endpoint.Problem);
        var address = endpoint.Url;
        if (endpoint.DiscoverFeed)
        {
            var (page, pageProblem) = await FetchTextAsync(address, endpoint.RecordAs, ct);
            if (page is null) return (null, pageProblem);
            if (FeedDiscovery.Discover(page, address) is not [var feed, ..]) return (null, $"{address} advertises no feed");
            address = feed.Url;
        }
        var (text, problem) = await FetchTextAsync(address, endpoint.RecordAs, ct);
        return text is null ? (null, problem) : (SocialParser.Parse(kind, text, endpoint.RecordAs ?? address, clock.GetUtcNow()), null);
    }

    private async Task<(string? Text, string? Problem)> FetchTextAsync(Uri url, Uri? shownAs, CancellationToken ct)
    {
        var fetched = await fetcher.FetchAsync(new FetchRequest(url), ct);
        if (!fetched.HasBody) return (null, $"fetching {shownAs ?? url} failed: {fetched.Outcome} {fetched.Error}");
        return (fetched.Text ?? CharsetDecoder.Decode(fetched.Body!, fetched.ContentType).Text, null);
    }

    // A page added as Auto that advertises a feed is read through it, as the refresh does; else its article links.
    private async Task<SourceReading> ReadPageAsync(FetchResult fetched, bool offerFeed, CancellationToken ct)
    {
        var pageUrl = fetched.FinalUrl ?? fetched.RequestedUrl;
        var html = CharsetDecoder.Decode(fetched.Body!, fetched.ContentType).Text;
        if (offerFeed && FeedDiscovery.Discover(html, pageUrl) is [var feed, ..])
        {
            var feedFetch = await fetcher.FetchAsync(new FetchRequest(feed.Url), ct);
            if (!feedFetch.HasBody) return SourceReading.Failed(SourceKind.Auto, $"feed {feed.Url} found on the page could not be fetched: {feedFetch.Describe()}");
            var reading = FeedSourceReader.Read(feedFetch);
            return reading with { Title = reading.Title ?? feed.Title };
        }
        var links = new SectionLinkExtractor(CrawlLimits.Default).Extract(html, pageUrl, pageDepth: 0);
        return new SourceReading(SourceKind.Page, links.Select(l => new DiscoveredItem(l.Url, l.Text is { } text ? new FeedItemContent(text, null, null, [], null, null) : null)).ToList(),
            HtmlTitle(html));
    }

    // Only the sitemap itself: an index's child sitemaps are listed, not fetched, to keep a preview to one request.
    private static SourceReading ReadSitemap(FetchResult fetched)
    {
        var sitemap = SitemapParser.Parse(fetched.Body!, fetched.ContentType, fetched.FinalUrl ?? fetched.RequestedUrl);
        if (sitemap.Kind == SitemapKind.Unknown) return SourceReading.Failed(SourceKind.Sitemap, sitemap.Problems is [var first, ..] ? first : "not a sitemap");
        var items = sitemap.Entries
            .OrderByDescending(e => e.News?.PublicationDate ?? e.LastModified ?? DateTimeOffset.MinValue)
            .Select(e => new DiscoveredItem(e.Location, new FeedItemContent(e.News?.Title, null, null, [], e.News?.PublicationDate ?? e.LastModified, null)))
            .ToList();
        return new SourceReading(SourceKind.Sitemap, items, Problem: sitemap.Problems.Count == 0 ? null : string.Join("; ", sitemap.Problems));
    }

    private static SourcePreviewItem FromPost(SocialPost post) =>
        new(post.Url, post.Title, post.PublishedAt, post.AuthorName ?? post.Author, Snippet(post.Text));

    private static SourcePreviewItem FromDiscovered(DiscoveredItem item) =>
        item.Post is { } post ? FromPost(post)
            : new(item.Url, item.FeedItem?.Title, item.FeedItem?.Published ?? item.FeedItem?.Updated, item.FeedItem?.Authors is [var author, ..] ? author : null,
                Snippet(PlainText(item.FeedItem?.Summary ?? item.FeedItem?.Content)));

    private static string? Snippet(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var flat = Whitespace().Replace(text, " ").Trim();
        return flat.Length <= MaxTextLength ? flat : flat[..MaxTextLength] + "…";
    }

    // Feed summaries carry markup; a preview shows their words only (the page's script shows text, never HTML).
    private static string? PlainText(string? html) => html is null ? null : System.Net.WebUtility.HtmlDecode(Tags().Replace(html, " "));

    private static string? HtmlTitle(string html) =>
        TitleElement().Match(html) is { Success: true } m ? Snippet(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)) : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"<title[^>]*>([^<]*)</title>", RegexOptions.IgnoreCase)]
    private static partial Regex TitleElement();
}

/// <summary>What <see cref="SourcePreviewer"/> found.</summary>
/// <param name="Kind">The kind the source would be read as (Auto resolved: a page advertising a feed reads as a feed).</param>
/// <param name="Problem">Why nothing (or only part) could be read; null when all is well.</param>
/// <param name="Found">How many items the first page holds; <see cref="Items"/> shows at most <see cref="SourcePreviewer.MaxItems"/>.</param>
public sealed record SourcePreview(SourceKind Kind, string? Title, IReadOnlyList<SourcePreviewItem> Items, string? Problem, int Found)
{
    public static SourcePreview Failed(SourceKind kind, string problem) => new(kind, null, [], problem, 0);
}

/// <param name="Text">The start of the item's text or summary, plain.</param>
public sealed record SourcePreviewItem(Uri? Url, string? Title, DateTimeOffset? PublishedAt, string? Author, string? Text);
