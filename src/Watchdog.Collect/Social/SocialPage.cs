namespace Watchdog.Collect.Social;

/// <summary>What a social parser made of one page or API response.</summary>
/// <param name="Problems">Why the document could not be read, or what was odd in it (a post without a time…).</param>
public sealed record SocialPage(IReadOnlyList<SocialPost> Posts, IReadOnlyList<string> Problems)
{
    /// <summary>The channel, account, subreddit or thread title, when the document names it.</summary>
    public string? Title { get; init; }

    /// <summary>The page of older posts (Telegram <c>?before=</c>, Reddit <c>?after=</c>), if there is one.</summary>
    public Uri? Older { get; init; }

    /// <summary>The next page of a forum thread, if there is one.</summary>
    public Uri? Next { get; init; }

    /// <summary>Further pages to read for posts: the rest of a Discourse topic, the topics of a topic list.</summary>
    public IReadOnlyList<Uri> MorePages { get; init; } = [];

    /// <summary>
    /// The posts are summaries of topics (a Discourse topic list: title, excerpt, first poster), shown by a preview but
    /// not stored: the topics' own pages in <see cref="MorePages"/> hold the posts.
    /// </summary>
    public bool PostsAreTopicSummaries { get; init; }

    /// <summary>True when nothing could be read: the document is not what the kind expects, or its markup changed.</summary>
    public bool IsFailure => Posts.Count == 0 && MorePages.Count == 0 && Problems.Count > 0;

    public static SocialPage Failed(string problem) => new([], [problem]);
}
