namespace Watchdog.Core.Watching;

/// <summary>A standing query matched an article. The same story from other sources is attached, not alerted again.</summary>
public sealed record Alert
{
    public long Id { get; init; }
    public long QueryId { get; init; }
    public long ArticleId { get; init; }
    /// <summary>Identifies the story (near-identical title/text) so reports of it from many sources group together.</summary>
    public required string StoryKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>The article's title and address, kept so a message can be written without another lookup.</summary>
    public required string Title { get; init; }
    public required Uri Url { get; init; }
    public IReadOnlyList<AlertPassage> Passages { get; init; } = [];
    public bool Read { get; init; }
    /// <summary>Other articles of the same story that arrived after this alert.</summary>
    public IReadOnlyList<long> RelatedArticleIds { get; init; } = [];
}

/// <summary>A stretch of the article that made the query match.</summary>
/// <param name="Field">"title" or "text".</param>
/// <param name="Start">0-based character offset of the passage in the field.</param>
/// <param name="Highlighted">The passage HTML-escaped, with matched words wrapped in &lt;mark&gt;…&lt;/mark&gt;.</param>
public sealed record AlertPassage(string Field, int Start, int Length, string Text, string Highlighted);
