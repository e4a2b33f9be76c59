namespace Watchdog.Core.Articles;

/// <summary>A stored article: what was extracted from one page (or feed item), with its provenance.</summary>
public sealed record Article
{
    public long Id { get; init; }
    public long SourceId { get; init; }
    public required Uri Url { get; init; }
    public required Uri CanonicalUrl { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    /// <summary>Clean minimal HTML of the body, for display.</summary>
    public string? Html { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset? ModifiedAt { get; init; }
    public DateTimeOffset FetchedAt { get; init; }
    /// <summary>ISO 639-1 code, or "und".</summary>
    public string Language { get; init; } = "und";
    public string? SiteName { get; init; }
    public string? Description { get; init; }
    public string? ImageUrl { get; init; }
    /// <summary>Tags inherited from the source.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>SHA-256 of the normalised text; exact duplicates share it.</summary>
    public required string ContentHash { get; init; }
    /// <summary>Key of the raw response in the raw store, when the article came from a fetched page.</summary>
    public string? RawHash { get; init; }
    /// <summary>Set when the article is a post on a social platform or forum.</summary>
    public SocialDetails? Social { get; init; }
    /// <summary>Tone from the article's sentences, computed at ingest; null when untagged (stored before, or no model for its language).</summary>
    public Tone? Tone { get; init; }
}
