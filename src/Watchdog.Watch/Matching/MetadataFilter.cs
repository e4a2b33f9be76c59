using Watchdog.Query;

namespace Watchdog.Watch.Matching;

/// <summary>Evaluates <c>source:</c>, <c>tag:</c>, <c>lang:</c> and <c>published:</c> against a document's metadata.</summary>
public static class MetadataFilter
{
    public static bool Matches(FilterQuery filter, MatchDocument document) => filter.Field switch
    {
        FilterField.Lang => string.Equals(document.Language, filter.Value, StringComparison.OrdinalIgnoreCase),
        FilterField.Tag => document.Metadata.Tags.Any(tag => string.Equals(tag, filter.Value, StringComparison.OrdinalIgnoreCase)),
        _ => document.Metadata.SourceNames.Any(name => IsSameSource(name, filter.Value)),
    };

    public static bool Matches(DateRangeQuery range, MatchDocument document) =>
        document.Metadata.PublishedAt is { } published
        && (range.From is not { } from || published >= from)
        && (range.To is not { } to || published < to);

    /// <summary>A host matches its registrable parent too: <c>source:example.kz</c> covers <c>news.example.kz</c>.</summary>
    private static bool IsSameSource(string name, string value) =>
        string.Equals(name, value, StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("." + value, StringComparison.OrdinalIgnoreCase);
}
