using System.Text.Json.Serialization;

namespace Watchdog.Collect.Feeds;

/// <summary>What the feed parser made of one document. Serialises to JSON as-is (dates in ISO 8601).</summary>
/// <param name="WellFormed">False when the document was broken and this is a best-effort reading; <see cref="Problems"/> says why.</param>
public sealed record ParsedFeed(
    FeedFormat Format,
    string? Title,
    Uri? Link,
    string? Description,
    IReadOnlyList<FeedItem> Items,
    IReadOnlyList<string> Problems,
    bool WellFormed)
{
    /// <summary>The format's own version label, e.g. "2.0", "0.91", "1.0", "https://jsonfeed.org/version/1.1".</summary>
    public string? Version { get; init; }

    public static ParsedFeed Failed(string problem) => new(FeedFormat.Unknown, null, null, null, [], [problem], false);
}

/// <summary>One entry of a feed. Title is plain text; Summary and Content keep the markup the feed gave.</summary>
public sealed record FeedItem
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public Uri? Link { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Summary { get; init; }
    public string? Content { get; init; }
    public IReadOnlyList<FeedEnclosure> Enclosures { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
}

public sealed record FeedEnclosure(Uri Url, string? Type, long? Length);

[JsonConverter(typeof(JsonStringEnumConverter<FeedFormat>))]
public enum FeedFormat { Unknown, Rss, Atom, Rdf, JsonFeed }
