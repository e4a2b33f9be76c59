using Watchdog.Collect.Social.Bluesky;
using Watchdog.Collect.Social.Discourse;
using Watchdog.Collect.Social.Forums;
using Watchdog.Collect.Social.Mastodon;
using Watchdog.Collect.Social.Reddit;
using Watchdog.Collect.Social.Telegram;
using Watchdog.Collect.Social.Vk;
using Watchdog.Collect.Social.YouTube;
using Watchdog.Core.Sources;

namespace Watchdog.Collect.Social;

/// <summary>Reads a fetched page or API answer of a social source kind into posts.</summary>
public static class SocialParser
{
    public static bool IsSocial(this SourceKind kind) => kind >= SourceKind.Telegram;

    /// <summary>The lower-case names used by `--kind` and in JSON.</summary>
    public static string Name(this SourceKind kind) => kind.ToString().ToLowerInvariant();

    public static IReadOnlyList<SourceKind> Kinds { get; } = Enum.GetValues<SourceKind>().Where(IsSocial).ToList();

    /// <param name="pageUrl">Where the text came from, for permalinks and relative links; null for a saved file of unknown origin.</param>
    /// <param name="now">For forum times written as "Today, 10:00".</param>
    public static SocialPage Parse(SourceKind kind, string text, Uri? pageUrl, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text)) return SocialPage.Failed("the document is empty");
        try
        {
            return kind switch
            {
                SourceKind.Telegram => TelegramPreviewParser.Parse(text, pageUrl),
                SourceKind.Mastodon => MastodonStatusParser.Parse(text, pageUrl),
                SourceKind.Bluesky => BlueskyFeedParser.Parse(text, pageUrl),
                SourceKind.YouTube => YouTubeFeedParser.Parse(text, pageUrl),
                SourceKind.Reddit => RedditListingParser.Parse(text, pageUrl),
                SourceKind.Vk => VkWallParser.Parse(text, pageUrl),
                // A saved Discourse page (its HTML view for crawlers) rather than its JSON: read as a forum thread.
                SourceKind.Discourse when FeedPosts.LooksLikeXml(text) => ForumThreadParser.Parse(text, pageUrl, now, DiscourseParser.Platform),
                SourceKind.Discourse => DiscourseParser.Parse(text, pageUrl),
                SourceKind.Forum => ForumThreadParser.Parse(text, pageUrl, now),
                _ => SocialPage.Failed($"{kind} is not a social source kind"),
            };
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or UriFormatException or ArgumentException or System.Text.Json.JsonException)
        {
            // Markup that changed under a parser must be a reported problem, never a crashed refresh.
            return SocialPage.Failed($"the {kind.Name()} document could not be read ({e.GetType().Name}: {e.Message})");
        }
    }
}
