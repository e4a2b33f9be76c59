using System.Text.RegularExpressions;
using Watchdog.Core.Sources;

namespace Watchdog.Collect.Social;

/// <summary>
/// Tells from a URL alone whether it names a public social account, channel, tag or forum thread, and which kind, so
/// `watchdog sources add URL` needs no --kind for them. Only addresses that can mean nothing else are claimed: a
/// Discourse forum's home page or a Mastodon server's tag page on a neutral host name needs --kind.
/// </summary>
public static partial class SocialSourceDetector
{
    /// <summary>Hosts with "/@name" pages that are not Fediverse servers (or are closed platforms Watchdog does not read).</summary>
    private static readonly HashSet<string> NotFediverse = new(StringComparer.OrdinalIgnoreCase)
    {
        "medium.com", "www.medium.com", "tiktok.com", "www.tiktok.com", "threads.net", "www.threads.net", "youtube.com", "www.youtube.com", "m.youtube.com",
    };

    /// <summary>Words in host names of Fediverse servers; a "/tags/x" page elsewhere is more likely a blog's tag page.</summary>
    private static readonly string[] FediverseHostWords = ["mastodon", "mstdn", "toot", "fosstodon", "social", "fedi", "pleroma", "akkoma", "misskey", "masto"];

    public static SourceKind? Detect(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        var path = url.AbsolutePath;
        var query = url.Query;
        if (host is "t.me" or "telegram.me" or "www.t.me") return TelegramChannel().IsMatch(path) ? SourceKind.Telegram : null;
        if (host is "bsky.app" or "public.api.bsky.app" or "api.bsky.app")
            return path.StartsWith("/profile/", StringComparison.Ordinal) || path.Contains("app.bsky.feed.", StringComparison.Ordinal) ? SourceKind.Bluesky : null;
        if (host.EndsWith("youtube.com", StringComparison.Ordinal))
            return YouTubePath().IsMatch(path) || path == "/playlist" && query.Contains("list=", StringComparison.Ordinal) || path == "/feeds/videos.xml" ? SourceKind.YouTube : null;
        if (host.EndsWith("reddit.com", StringComparison.Ordinal)) return path.StartsWith("/r/", StringComparison.Ordinal) ? SourceKind.Reddit : null;
        if (host is "vk.com" or "m.vk.com" or "vk.ru" or "m.vk.ru" or "api.vk.com") return VkCommunity().IsMatch(path) || host == "api.vk.com" ? SourceKind.Vk : null;

        if (DiscourseTopic().IsMatch(path)) return SourceKind.Discourse;
        if (ForumThread().IsMatch(path + query)) return SourceKind.Forum;
        if (path.StartsWith("/api/v1/timelines/", StringComparison.Ordinal) || path.StartsWith("/api/v1/accounts/", StringComparison.Ordinal)) return SourceKind.Mastodon;
        if (!NotFediverse.Contains(host) && MastodonAccount().IsMatch(path)) return SourceKind.Mastodon;
        if (MastodonTag().IsMatch(path) && FediverseHostWords.Any(w => host.Contains(w, StringComparison.Ordinal))) return SourceKind.Mastodon;
        return null;
    }

    /// <summary>/s/channel or /channel; not invitation links (/joinchat/…, /+…), which lead to private groups.</summary>
    [GeneratedRegex(@"^/(s/)?[A-Za-z][A-Za-z0-9_]{3,}/?$")]
    private static partial Regex TelegramChannel();

    [GeneratedRegex(@"^/(channel/UC[\w-]+|@[\w.-]+|c/[^/]+|user/[^/]+)(/(videos|featured|streams|shorts))?/?$")]
    private static partial Regex YouTubePath();

    /// <summary>A community's short name, club123 or public123; not pages such as /wall…, /feed, /im, /friends.</summary>
    [GeneratedRegex(@"^/(?!(wall|feed|im|friends|audio|video|photos|groups|search|settings|apps|login|away\.php)\b)[A-Za-z0-9_.]{2,}/?$")]
    private static partial Regex VkCommunity();

    [GeneratedRegex(@"/t/([^/]+/)?\d+(/\d+)?(\.json)?/?$")]
    private static partial Regex DiscourseTopic();

    /// <summary>phpBB viewtopic.php, vBulletin showthread.php, XenForo /threads/, SMF ?topic=, IP.Board /topic/123-….</summary>
    [GeneratedRegex(@"(viewtopic\.php|showthread\.php|/threads/[^/]+|[?&;]topic=\d+|/topic/\d+-)", RegexOptions.IgnoreCase)]
    private static partial Regex ForumThread();

    [GeneratedRegex(@"^/@[A-Za-z0-9_]+(@[A-Za-z0-9.-]+)?(\.rss)?/?$")]
    private static partial Regex MastodonAccount();

    [GeneratedRegex(@"^/tags/[^/]+(\.rss)?/?$")]
    private static partial Regex MastodonTag();
}
