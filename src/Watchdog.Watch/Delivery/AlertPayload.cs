using System.Text.Json;
using System.Text.Json.Serialization;
using Watchdog.Core.Watching;

namespace Watchdog.Watch.Delivery;

/// <summary>The JSON body of a webhook call; the same shape for one alert and for a batch.</summary>
public sealed record AlertPayload(
    [property: JsonPropertyName("query")] PayloadQuery Query,
    [property: JsonPropertyName("sentAt")] DateTimeOffset SentAt,
    [property: JsonPropertyName("alerts")] IReadOnlyList<PayloadAlert> Alerts)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static AlertPayload From(AlertMessage message, DateTimeOffset sentAt) => new(
        new PayloadQuery(message.Query.Id, message.Query.Name, message.Query.QueryText),
        sentAt,
        message.Alerts.Select(a => new PayloadAlert(
            a.Id, a.ArticleId, a.Title, a.Url, a.CreatedAt, a.StoryKey, a.RelatedArticleIds,
            a.Passages.Select(p => new PayloadPassage(p.Field, p.Text, p.Highlighted)).ToArray())).ToArray());

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, Options);
}

public sealed record PayloadQuery(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("text")] string Text);

public sealed record PayloadAlert(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("articleId")] long ArticleId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] Uri Url,
    [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("storyKey")] string StoryKey,
    [property: JsonPropertyName("relatedArticleIds")] IReadOnlyList<long> RelatedArticleIds,
    [property: JsonPropertyName("passages")] IReadOnlyList<PayloadPassage> Passages);

public sealed record PayloadPassage(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("highlighted")] string Highlighted);
