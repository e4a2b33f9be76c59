using System.Text.Json;
using System.Text.Json.Serialization;

namespace Watchdog.Pipeline.Stages;

/// <summary>Payload of a <see cref="WorkKinds.RefreshSource"/> item.</summary>
public sealed record RefreshSourceInput(long SourceId);

/// <summary>Payload of a <see cref="WorkKinds.FetchArticle"/> item.</summary>
/// <param name="DepthLeft">How many more link hops may be followed if the page turns out to be a section page.</param>
/// <param name="FeedItem">What the feed said about the item, used when the page cannot be fetched or has no text.</param>
public sealed record FetchArticleInput(long SourceId, Uri Url, int DepthLeft = 0, FeedItemContent? FeedItem = null);

/// <summary>The parts of a feed item worth keeping for a fallback article.</summary>
public sealed record FeedItemContent(
    string? Title, string? Summary, string? Content, IReadOnlyList<string> Authors, DateTimeOffset? Published, DateTimeOffset? Updated);

/// <summary>JSON for queue payloads: compact, camelCase, stable across versions (unknown members ignored).</summary>
public static class PayloadJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T payload) => JsonSerializer.Serialize(payload, Options);

    /// <returns>null when the payload is not valid JSON for <typeparamref name="T"/>.</returns>
    public static T? TryDeserialize<T>(string payload, out string? problem) where T : class
    {
        try
        {
            problem = null;
            var value = JsonSerializer.Deserialize<T>(payload, Options);
            if (value is null) problem = "payload is null";
            return value;
        }
        catch (JsonException e)
        {
            problem = $"payload is not a valid {typeof(T).Name}: {e.Message}";
            return null;
        }
    }
}
