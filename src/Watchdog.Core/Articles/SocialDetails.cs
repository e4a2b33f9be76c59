namespace Watchdog.Core.Articles;

/// <summary>
/// What a post adds to an article when the article is a post on a social platform or forum: where, whose (the public
/// handle or name the platform shows), and the public engagement counts it showed when collected.
/// </summary>
public sealed record SocialDetails
{
    /// <summary>telegram, mastodon, bluesky, youtube, reddit, vk, discourse, phpbb, xenforo, vbulletin, smf, ipboard, forum.</summary>
    public required string Platform { get; init; }
    public required string PostId { get; init; }
    public string? Author { get; init; }
    public string? AuthorName { get; init; }
    public string? ForwardedFrom { get; init; }
    public string? RepostedBy { get; init; }
    /// <summary>views, likes, reposts, replies, quotes, score — only the counts the platform showed.</summary>
    public IReadOnlyDictionary<string, long> Engagement { get; init; } = new Dictionary<string, long>();
}
