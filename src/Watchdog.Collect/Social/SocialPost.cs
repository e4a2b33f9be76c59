namespace Watchdog.Collect.Social;

/// <summary>
/// One public post, comment or forum message as a platform shows it to anyone without logging in. Serialises to the
/// JSON that `watchdog sources preview` prints (camelCase, dates in ISO 8601).
/// </summary>
public sealed record SocialPost
{
    /// <summary>telegram, mastodon, bluesky, youtube, reddit, vk, discourse, or the forum engine (phpbb, xenforo, vbulletin, smf, ipboard, forum).</summary>
    public required string Platform { get; init; }

    /// <summary>The platform's own id of the post (Telegram "channel/123", a Mastodon status id, a Bluesky at:// URI…).</summary>
    public required string Id { get; init; }

    /// <summary>The post's public permalink; null only when a saved file is read without the address it came from.</summary>
    public Uri? Url { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Who wrote it, as the platform identifies them publicly: the handle where there is one (Mastodon acct,
    /// Bluesky handle, Reddit and Discourse user names), else the name shown (a Telegram channel, a forum member).</summary>
    public string? Author { get; init; }

    /// <summary>The display name, when the platform shows one besides <see cref="Author"/>.</summary>
    public string? AuthorName { get; init; }

    /// <summary>A title where the platform has one (Reddit, YouTube, forum threads).</summary>
    public string? Title { get; init; }

    /// <summary>Plain text, paragraphs separated by blank lines.</summary>
    public string Text { get; init; } = "";

    /// <summary>The post's markup as the platform gave it, when it gave markup.</summary>
    public string? Html { get; init; }

    /// <summary>Where a forwarded (Telegram), shared (VK) post came from.</summary>
    public string? ForwardedFrom { get; init; }

    /// <summary>The account that reposted or boosted the post into this timeline (its author wrote it).</summary>
    public string? RepostedBy { get; init; }

    /// <summary>Links in the post's text and its link preview.</summary>
    public IReadOnlyList<Uri> Links { get; init; } = [];

    /// <summary>Media the post carries (photo, video, document…); named only, never downloaded.</summary>
    public IReadOnlyList<string> Media { get; init; } = [];

    /// <summary>Public counts the platform shows, by <see cref="EngagementKeys"/> name.</summary>
    public IReadOnlyDictionary<string, long> Engagement { get; init; } = new Dictionary<string, long>();

    /// <summary>The language the platform declares for the post (Mastodon, Bluesky), ISO 639-1; detection still decides.</summary>
    public string? Language { get; init; }
}

/// <summary>The names of engagement counts, the same across platforms.</summary>
public static class EngagementKeys
{
    public const string Views = "views";
    public const string Likes = "likes";
    public const string Reposts = "reposts";
    public const string Replies = "replies";
    public const string Quotes = "quotes";
    public const string Score = "score";
    /// <summary>Telegram's emoji reactions, all kinds added up.</summary>
    public const string Reactions = "reactions";
}
