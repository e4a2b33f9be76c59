using Watchdog.Collect.Feeds;

namespace Watchdog.Collect.Social;

/// <summary>
/// Posts from a platform's own RSS or Atom feed (a Mastodon account's or tag's <c>.rss</c>, a subreddit's <c>.rss</c>):
/// the feed parser reads the feed, each item becomes a post.
/// </summary>
public static class FeedPosts
{
    public static bool LooksLikeXml(string text) => text.AsSpan().TrimStart("\uFEFF \t\r\n").StartsWith("<");

    public static SocialPage Parse(string text, Uri? pageUrl, string platform)
    {
        var feed = FeedParser.Parse(text, pageUrl);
        if (feed.Format == FeedFormat.Unknown) return SocialPage.Failed($"not a {platform} feed: {(feed.Problems.Count > 0 ? feed.Problems[0] : "unknown format")}");
        var posts = feed.Items.Select(item =>
        {
            var (body, links) = SocialText.FromHtml(item.Content ?? item.Summary, pageUrl);
            body = WithoutFooter(body);
            return new SocialPost
            {
                Platform = platform,
                Id = item.Id ?? item.Link?.AbsoluteUri ?? "",
                Url = item.Link,
                PublishedAt = item.Published ?? item.Updated,
                Author = AuthorOf(item, feed, platform),
                Title = platform == "mastodon" ? null : item.Title,
                Text = string.IsNullOrWhiteSpace(body) ? item.Title ?? "" : body,
                Html = item.Content ?? item.Summary,
                Links = links,
                Media = item.Enclosures.Select(e => e.Type?.Split('/')[0] ?? "media").ToList(),
            };
        }).Where(p => p.Id.Length > 0).ToList();
        return new SocialPage(posts, feed.WellFormed ? [] : feed.Problems) { Title = feed.Title };
    }

    /// <summary>Reddit's feed ends every entry with "submitted by /u/name [link] [comments]": not the post's words.</summary>
    private static string WithoutFooter(string body)
    {
        var footer = body.LastIndexOf("submitted by /u/", StringComparison.Ordinal);
        return footer >= 0 && body.Length - footer < FooterLength ? body[..footer].Trim() : body;
    }

    /// <summary>Reddit's footer with the longest user name (20 characters) and both links is well under this.</summary>
    private const int FooterLength = 80;

    /// <summary>An item's author; Mastodon's feeds name no author per item, but its links do.</summary>
    private static string? AuthorOf(FeedItem item, ParsedFeed feed, string platform)
    {
        if (item.Authors is [var first, ..]) return first.StartsWith("/u/", StringComparison.Ordinal) ? first[3..] : first;
        // A status's link (/@name/123) names its author; a tag feed's channel link does not.
        foreach (var link in new[] { item.Link, feed.Link })
        {
            if (platform != "mastodon" || link is null || !link.AbsolutePath.StartsWith("/@", StringComparison.Ordinal)) continue;
            var name = link.AbsolutePath[2..].Split('/')[0];
            return name.Contains('@', StringComparison.Ordinal) ? name : $"{name}@{link.Host}";
        }
        return feed.Title;
    }
}
