using System.Text.RegularExpressions;
using Watchdog.Collect.Social.Discourse;
using Watchdog.Core.Sources;

namespace Watchdog.Collect.Social;

/// <summary>The first address to fetch for a social source, or why there is none.</summary>
/// <param name="DiscoverFeed">The address is a page whose advertised feed is the real endpoint (a YouTube @handle page).</param>
/// <param name="RecordAs">What to write in logs and the fetch history instead of <paramref name="Url"/>, when that carries a secret.</param>
public sealed record SocialEndpoint(Uri? Url, string? Problem, bool DiscoverFeed = false, Uri? RecordAs = null)
{
    public static SocialEndpoint Fail(string problem) => new(null, problem);
}

/// <summary>
/// Maps the address a person gives for a social source to the public, documented, login-free endpoint Watchdog reads:
/// t.me/s/ previews, Mastodon's REST API or RSS, Bluesky's public AppView, YouTube's Atom feeds, Reddit's .json
/// listings, VK's wall.get (with the operator's service token), Discourse's .json, and forum thread pages as they are.
/// </summary>
public static partial class SocialEndpoints
{
    /// <summary>Bluesky's public AppView: answers app.bsky.* reads without an account.</summary>
    public static readonly Uri BlueskyAppView = new("https://public.api.bsky.app/");

    /// <summary>The VK API version the wall.get parser was written against.</summary>
    public const string VkApiVersion = "5.199";

    public static SocialEndpoint FirstPage(SourceKind kind, Uri source, string? vkServiceToken) => kind switch
    {
        SourceKind.Telegram => Telegram(source),
        SourceKind.Mastodon => Mastodon(source),
        SourceKind.Bluesky => Bluesky(source),
        SourceKind.YouTube => YouTube(source),
        SourceKind.Reddit => Reddit(source),
        SourceKind.Vk => Vk(source, vkServiceToken),
        SourceKind.Discourse => Discourse(source),
        SourceKind.Forum => new SocialEndpoint(source, null),
        _ => SocialEndpoint.Fail($"{kind} is not a social source kind"),
    };

    private static SocialEndpoint Telegram(Uri source)
    {
        var path = source.AbsolutePath.TrimEnd('/');
        if (path.StartsWith("/s/", StringComparison.Ordinal)) return new(new Uri(source, path), null);
        return path.Length > 1 && !path[1..].Contains('/', StringComparison.Ordinal)
            ? new(new Uri(source, "/s" + path), null)
            : SocialEndpoint.Fail($"{source} is not a public Telegram channel address (https://t.me/s/<channel> or https://t.me/<channel>)");
    }

    private static SocialEndpoint Mastodon(Uri source)
    {
        var path = source.AbsolutePath.TrimEnd('/');
        if (path.StartsWith("/api/", StringComparison.Ordinal) || path.EndsWith(".rss", StringComparison.Ordinal)) return new(source, null);
        if (MastodonTag().Match(path) is { Success: true } tag) return new(new Uri(source, $"/api/v1/timelines/tag/{tag.Groups[1].Value}?limit=40"), null);
        // An account's statuses through the REST API need its numeric id first; its public RSS needs nothing.
        if (path.StartsWith("/@", StringComparison.Ordinal) && !path[1..].Contains('/', StringComparison.Ordinal)) return new(new Uri(source, path + ".rss"), null);
        return SocialEndpoint.Fail($"{source} is neither a Mastodon tag (/tags/<tag>) nor an account (/@<name>) address");
    }

    private static SocialEndpoint Bluesky(Uri source)
    {
        if (source.AbsolutePath.Contains("/xrpc/", StringComparison.Ordinal)) return new(source, null);
        var parts = source.AbsolutePath.Trim('/').Split('/');
        if (parts is not ["profile", var actor, ..]) return SocialEndpoint.Fail($"{source} is not a Bluesky profile address (https://bsky.app/profile/<handle>)");
        return new(new Uri(BlueskyAppView, $"xrpc/app.bsky.feed.getAuthorFeed?actor={Uri.EscapeDataString(actor)}&limit=50&filter=posts_and_author_threads"), null);
    }

    private static SocialEndpoint YouTube(Uri source)
    {
        var path = source.AbsolutePath.TrimEnd('/');
        var query = System.Web.HttpUtility.ParseQueryString(source.Query);
        if (path == "/feeds/videos.xml") return new(source, null);
        if (path == "/playlist" && query["list"] is { } list) return new(new Uri(source, $"/feeds/videos.xml?playlist_id={Uri.EscapeDataString(list)}"), null);
        if (YouTubeChannel().Match(path) is { Success: true } channel) return new(new Uri(source, $"/feeds/videos.xml?channel_id={channel.Groups[1].Value}"), null);
        if (YouTubeUser().Match(path) is { Success: true } user) return new(new Uri(source, $"/feeds/videos.xml?user={user.Groups[1].Value}"), null);
        // An @handle or /c/ name is not accepted by the feed; the channel page advertises its feed in <link rel="alternate">.
        return new(source, null, DiscoverFeed: true);
    }

    private static SocialEndpoint Reddit(Uri source)
    {
        var path = source.AbsolutePath.TrimEnd('/');
        if (path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".rss", StringComparison.Ordinal)) return new(source, null);
        if (path.Contains("/comments/", StringComparison.Ordinal)) return new(new Uri(source, path + ".json?raw_json=1"), null);
        if (RedditSubreddit().Match(path) is { Success: true } sub) return new(new Uri(source, $"/r/{sub.Groups[1].Value}/new.json?limit=100&raw_json=1"), null);
        return SocialEndpoint.Fail($"{source} is not a subreddit (/r/<name>) or thread address");
    }

    private static SocialEndpoint Vk(Uri source, string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
            return SocialEndpoint.Fail("VK communities are read through VK's official API, which needs a service token: create an app at https://dev.vk.com, " +
                "copy its service key into social.vkServiceToken in watchdog.yaml (or WATCHDOG__SOCIAL__VKSERVICETOKEN). Watchdog never logs in to VK.");
        var name = source.AbsolutePath.Trim('/');
        if (source.Host == "api.vk.com" || name.Length == 0) return SocialEndpoint.Fail($"{source} is not a VK community address (https://vk.com/<name>)");
        var owner = VkNumbered().Match(name) is { Success: true } numbered ? $"owner_id=-{numbered.Groups[1].Value}" : $"domain={Uri.EscapeDataString(name)}";
        var query = $"method/wall.get?{owner}&count=100&extended=1&v={VkApiVersion}";
        return new(new Uri($"https://api.vk.com/{query}&access_token={Uri.EscapeDataString(token)}"), null, RecordAs: new Uri($"https://api.vk.com/{query}"));
    }

    private static SocialEndpoint Discourse(Uri source)
    {
        var path = source.AbsolutePath;
        if (path.EndsWith(".json", StringComparison.Ordinal)) return new(source, null);
        var forum = DiscourseParser.ForumBase(source)!;
        if (DiscourseTopicId().Match(path) is { Success: true } topic) return new(new Uri(forum, $"t/{topic.Groups[1].Value}.json"), null);
        // A forum's home page: the newest posts of every public topic.
        return new(new Uri(forum, "posts.json"), null);
    }

    [GeneratedRegex(@"^/tags/([^/.]+)$")]
    private static partial Regex MastodonTag();

    [GeneratedRegex(@"^/channel/(UC[\w-]+)")]
    private static partial Regex YouTubeChannel();

    [GeneratedRegex(@"^/user/([^/]+)")]
    private static partial Regex YouTubeUser();

    [GeneratedRegex(@"^/r/([A-Za-z0-9_]+)")]
    private static partial Regex RedditSubreddit();

    [GeneratedRegex(@"^(?:club|public|event)(\d+)$")]
    private static partial Regex VkNumbered();

    [GeneratedRegex(@"/t/(?:[^/]*[^/\d][^/]*/)?(\d+)(?:/\d+)?/?$")]
    private static partial Regex DiscourseTopicId();
}
