using System.Text.Json;

namespace Watchdog.Collect.Social.Bluesky;

/// <summary>
/// Reads Bluesky's public AppView answers: <c>app.bsky.feed.getAuthorFeed</c> (and getFeed, getTimeline: <c>{"feed":
/// [{"post": …, "reason": …}]}</c>) and <c>app.bsky.feed.searchPosts</c> / <c>getPosts</c> (<c>{"posts": […]}</c>).
/// A post view has <c>uri</c> (at://did/app.bsky.feed.post/rkey), <c>author.handle</c>, <c>record.text</c>,
/// <c>record.createdAt</c> and the like, repost, reply and quote counts.
/// </summary>
public static class BlueskyFeedParser
{
    public const string Platform = "bluesky";
    private const string RepostReason = "app.bsky.feed.defs#reasonRepost";

    public static SocialPage Parse(string text, Uri? pageUrl)
    {
        using var json = SocialJson.TryParse(text, out var problem);
        if (json is null) return SocialPage.Failed($"not a Bluesky API answer: {problem}");
        var root = json.RootElement;
        if (root.Str("error") is { } error) return SocialPage.Failed($"the Bluesky AppView answered with an error: {error}: {root.Str("message")}");
        List<(JsonElement Post, JsonElement? Reason)>? views = null;
        if (root.Member("feed") is { ValueKind: JsonValueKind.Array } feed)
            views = feed.EnumerateArray().Where(i => i.Member("post") is not null).Select(i => (i.Member("post")!.Value, i.Member("reason"))).ToList();
        else if (root.Member("posts") is { ValueKind: JsonValueKind.Array } list)
            views = list.EnumerateArray().Select(p => (p, (JsonElement?)null)).ToList();
        else if (root.Member("thread") is { ValueKind: JsonValueKind.Object } thread)
            views = ThreadPosts(thread).Select(p => (p, (JsonElement?)null)).ToList();
        else if (root.Member("records") is { ValueKind: JsonValueKind.Array } records)
            views = records.EnumerateArray().Select(AsPostView).OfType<JsonElement>().Select(p => (p, (JsonElement?)null)).ToList();
        if (views is null) return SocialPage.Failed("not a Bluesky answer: expected {\"feed\": [{\"post\": …}]} (getAuthorFeed), {\"posts\": […]}, {\"thread\": …} or {\"records\": […]}");

        var posts = new List<SocialPost>();
        var problems = new List<string>();
        foreach (var (view, reason) in views)
        {
            if (Read(view, reason) is { } post) posts.Add(post);
            else problems.Add("a post without uri or record was skipped");
        }
        var older = root.Str("cursor") is { } cursor && pageUrl is not null ? WithCursor(pageUrl, cursor) : null;
        return new SocialPage(posts, problems) { Older = older };
    }

    private static SocialPost? Read(JsonElement view, JsonElement? reason)
    {
        var uri = view.Str("uri");
        var record = view.Member("record");
        if (uri is null || record is null) return null;
        var author = view.Member("author");
        var handle = author?.Str("handle");
        var links = new List<Uri>();
        foreach (var facet in record.Value.Items("facets"))
            foreach (var feature in facet.Items("features"))
                if (SocialText.Resolve(null, feature.Str("uri")) is { } link) links.Add(link);
        if (view.Member("embed")?.Member("external") is { } external && SocialText.Resolve(null, external.Str("uri")) is { } card) links.Add(card);
        var reposter = reason?.Str("$type") == RepostReason ? reason.Value.Member("by")?.Str("handle") : null;
        return new SocialPost
        {
            Platform = Platform,
            Id = uri,
            Url = Permalink(uri, handle),
            PublishedAt = record.Value.Time("createdAt") ?? view.Time("indexedAt"),
            Author = handle ?? author?.Str("did"),
            AuthorName = Parsing.FirstText(author?.Str("displayName")),
            Text = record.Value.Str("text") ?? "",
            RepostedBy = reposter,
            Links = links.Distinct().ToList(),
            Media = view.Member("embed")?.Str("$type") is { } embed && !embed.Contains("external", StringComparison.Ordinal) ? [embed.Split('.').Last().Split('#')[0]] : [],
            Engagement = Parsing.Counts(
                (EngagementKeys.Replies, view.Long("replyCount")),
                (EngagementKeys.Reposts, view.Long("repostCount")),
                (EngagementKeys.Likes, view.Long("likeCount")),
                (EngagementKeys.Quotes, view.Long("quoteCount"))),
            Language = record.Value.Items("langs").Select(l => l.GetString()).FirstOrDefault(),
        };
    }

    /// <summary>getPostThread: the post, the posts it answers and every reply below it, parents first.</summary>
    private static IEnumerable<JsonElement> ThreadPosts(JsonElement node)
    {
        if (node.Member("parent") is { ValueKind: JsonValueKind.Object } parent)
            foreach (var post in ThreadPosts(parent)) yield return post;
        if (node.Member("post") is { } own) yield return own;
        foreach (var reply in node.Items("replies"))
            foreach (var post in ThreadPosts(reply)) yield return post;
    }

    /// <summary>com.atproto.repo.listRecords gives records, not views: the author is the repository's DID, no counts.</summary>
    private static JsonElement? AsPostView(JsonElement record)
    {
        if (record.Str("uri") is not { } uri || record.Member("value") is not { } value) return null;
        var did = uri.Replace("at://", "", StringComparison.Ordinal).Split('/')[0];
        var view = new Dictionary<string, object?> { ["uri"] = uri, ["record"] = value, ["author"] = new Dictionary<string, string> { ["did"] = did } };
        return JsonSerializer.SerializeToElement(view);
    }

    /// <summary>at://did:plc:x/app.bsky.feed.post/3k… → https://bsky.app/profile/handle/post/3k….</summary>
    public static Uri? Permalink(string atUri, string? handle)
    {
        var parts = atUri.Replace("at://", "", StringComparison.Ordinal).Split('/');
        if (parts.Length != 3 || parts[1] != "app.bsky.feed.post") return null;
        return new Uri($"https://bsky.app/profile/{Uri.EscapeDataString(handle ?? parts[0])}/post/{Uri.EscapeDataString(parts[2])}");
    }

    private static Uri WithCursor(Uri pageUrl, string cursor)
    {
        var query = string.Join('&', pageUrl.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("cursor=", StringComparison.Ordinal)));
        return new UriBuilder(pageUrl) { Query = (query.Length > 0 ? query + "&" : "") + "cursor=" + Uri.EscapeDataString(cursor) }.Uri;
    }
}
