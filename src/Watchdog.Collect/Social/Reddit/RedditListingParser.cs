using System.Text.Json;

namespace Watchdog.Collect.Social.Reddit;

/// <summary>
/// Reads Reddit's public listings: a subreddit's <c>/new.json</c> (<c>{"kind": "Listing", "data": {"children": [{"kind":
/// "t3", "data": {…}}], "after": …}}</c>), a thread's <c>.json</c> (an array of two listings: the post, then its comments,
/// replies nested), or the <c>.rss</c> Atom feed of either.
/// </summary>
public static class RedditListingParser
{
    public const string Platform = "reddit";

    private static readonly Uri RedditBase = new("https://www.reddit.com/");

    public static SocialPage Parse(string text, Uri? pageUrl)
    {
        if (FeedPosts.LooksLikeXml(text)) return FeedPosts.Parse(text, pageUrl, Platform);
        using var json = SocialJson.TryParse(text, out var problem);
        if (json is null) return SocialPage.Failed($"not a Reddit listing: {problem}");
        var root = json.RootElement;
        var listings = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        if (!listings.All(IsListing))
        {
            var error = root.Str("message") ?? root.Str("reason");
            return SocialPage.Failed(error is null ? "not a Reddit listing: expected {\"kind\": \"Listing\", \"data\": {\"children\": […]}}" : $"Reddit answered with an error: {error}");
        }

        var posts = new List<SocialPost>();
        foreach (var listing in listings) Collect(listing, posts);
        var after = listings[0].Member("data")?.Str("after");
        var older = after is not null && pageUrl is not null ? new UriBuilder(pageUrl) { Query = $"limit=100&raw_json=1&after={Uri.EscapeDataString(after)}" }.Uri : null;
        var title = (listings[0].Member("data")?.Items("children") ?? []).Select(c => c.Member("data")?.Str("subreddit_name_prefixed")).FirstOrDefault(s => s is not null);
        return new SocialPage(posts, []) { Older = older, Title = title };
    }

    private static bool IsListing(JsonElement element) =>
        element.Str("kind") == "Listing" && element.Member("data")?.Member("children") is { ValueKind: JsonValueKind.Array };

    private static void Collect(JsonElement listing, List<SocialPost> posts)
    {
        foreach (var child in listing.Member("data")?.Items("children") ?? [])
        {
            var kind = child.Str("kind");
            if (child.Member("data") is not { } data || kind is not ("t3" or "t1")) continue;
            if (Read(kind, data) is { } post) posts.Add(post);
            // Comments nest their replies as another listing.
            if (data.Member("replies") is { ValueKind: JsonValueKind.Object } replies && IsListing(replies)) Collect(replies, posts);
        }
    }

    private static SocialPost? Read(string kind, JsonElement data)
    {
        var id = data.Str("name") ?? (data.Str("id") is { } bare ? $"{kind}_{bare}" : null);
        if (id is null) return null;
        var isPost = kind == "t3";
        var html = System.Net.WebUtility.HtmlDecode(isPost ? data.Str("selftext_html") : data.Str("body_html"));
        var plain = isPost ? data.Str("selftext") : data.Str("body");
        var (fromHtml, links) = SocialText.FromHtml(html, RedditBase);
        var text = Parsing.FirstText(fromHtml, plain) ?? "";
        var title = isPost ? data.Str("title") : null;
        if (isPost && SocialText.Resolve(null, data.Str("url")) is { } target && !target.Host.EndsWith("reddit.com", StringComparison.OrdinalIgnoreCase) && !links.Contains(target))
            links = [.. links, target];
        return new SocialPost
        {
            Platform = Platform,
            Id = id,
            Url = SocialText.Resolve(RedditBase, data.Str("permalink")),
            PublishedAt = data.UnixTime("created_utc"),
            Author = data.Str("author"),
            Title = title,
            // A link post has no body: its title is what was said.
            Text = text.Length > 0 ? text : title ?? "",
            Html = html,
            Links = links,
            Engagement = Parsing.Counts(
                (EngagementKeys.Score, data.Long("score")),
                (EngagementKeys.Replies, data.Long("num_comments"))),
        };
    }
}
