using Watchdog.Core.Sources;

namespace Watchdog.Pipeline.Stages.Refresh;

/// <summary>What one refresh found on a source: candidate article URLs, and what the source turned out to be.</summary>
/// <param name="ResolvedKind">The kind the content showed (resolves <see cref="SourceKind.Auto"/>).</param>
/// <param name="Problem">Why nothing (or only part) could be read, e.g. a malformed feed; recorded on the source.</param>
public sealed record SourceReading(SourceKind ResolvedKind, IReadOnlyList<DiscoveredItem> Items, string? Title = null, string? Problem = null)
{
    /// <summary>A reading that found nothing usable; with a <see cref="Problem"/> it counts as a failed refresh.</summary>
    public static SourceReading Failed(SourceKind kind, string problem) => new(kind, [], Problem: problem);

    /// <summary>Nothing changed since the last refresh (304, or the same content), so there is nothing new to read.</summary>
    public bool NotModified { get; init; }

    public static SourceReading Unchanged(SourceKind kind) => new(kind, []) { NotModified = true };

    /// <summary>True when nothing could be read at all (a partly broken feed that still gave items is not a failure).</summary>
    public bool IsFailure => Problem is not null && Items.Count == 0;
}

/// <summary>One page the source points to, with what the feed said about it (if it came from a feed), or the whole post (from a social source).</summary>
public sealed record DiscoveredItem(Uri Url, FeedItemContent? FeedItem = null, int DepthLeft = 0, Watchdog.Collect.Social.SocialPost? Post = null);
