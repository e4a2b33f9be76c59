using System.Text.Json;

namespace Watchdog.Collect.Feeds.JsonFeed;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).</summary>
internal static class JsonFeedParser
{
    public static ParsedFeed Parse(string text, Uri? baseUrl)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return ParsedFeed.Failed($"not valid JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || String(root, "version") is not { } version || !version.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase))
            {
                return ParsedFeed.Failed("JSON document is not a JSON Feed (no jsonfeed.org version)");
            }
            var feedBase = FeedXml.Resolve(baseUrl, String(root, "feed_url")) ?? baseUrl;
            var items = root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(i => ReadItem(i, feedBase)).ToList()
                : [];
            var problems = items.Count == 0 && !root.TryGetProperty("items", out _) ? new[] { "JSON Feed has no \"items\" array" } : [];
            return new ParsedFeed(FeedFormat.JsonFeed, FeedXml.PlainText(String(root, "title")), FeedXml.Resolve(feedBase, String(root, "home_page_url")), String(root, "description"), items, problems, WellFormed: true)
            {
                Version = version,
            };
        }
    }

    private static FeedItem ReadItem(JsonElement item, Uri? feedBase) => new()
    {
        Id = String(item, "id") ?? (item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetRawText() : null),
        Title = FeedXml.PlainText(String(item, "title")),
        Link = FeedXml.Resolve(feedBase, String(item, "url")) ?? FeedXml.Resolve(feedBase, String(item, "external_url")),
        Authors = Authors(item),
        Published = FeedDates.Parse(String(item, "date_published")),
        Updated = FeedDates.Parse(String(item, "date_modified")),
        Summary = FeedHtmlSanitizer.FromPlainText(String(item, "summary")),
        Content = FeedHtmlSanitizer.Sanitize(String(item, "content_html"), feedBase) ?? FeedHtmlSanitizer.FromPlainText(String(item, "content_text")),
        Enclosures = [.. Objects(item, "attachments").Select(a => Attachment(a, feedBase)).OfType<FeedEnclosure>()],
        Categories = item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
            ? [.. tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)]
            : [],
    };

    // 1.1 has "authors"; 1.0 had a single "author" object.
    private static string[] Authors(JsonElement item) =>
        [.. Objects(item, "authors").Concat(item.TryGetProperty("author", out var one) && one.ValueKind == JsonValueKind.Object ? [one] : [])
            .Select(a => String(a, "name") ?? String(a, "url")).OfType<string>()];

    private static FeedEnclosure? Attachment(JsonElement attachment, Uri? feedBase)
    {
        var url = FeedXml.Resolve(feedBase, String(attachment, "url"));
        var size = attachment.TryGetProperty("size_in_bytes", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var n) ? n : (long?)null;
        return url is null ? null : new FeedEnclosure(url, String(attachment, "mime_type"), size);
    }

    private static IEnumerable<JsonElement> Objects(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object) : [];

    private static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s.Trim() : null;
}
