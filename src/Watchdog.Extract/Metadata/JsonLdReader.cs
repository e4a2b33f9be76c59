using System.Text.Json;

namespace Watchdog.Extract.Metadata;

/// <summary>
/// Reads schema.org JSON-LD blocks. Pages often hold several (Organization, BreadcrumbList, WebPage,
/// NewsArticle) and nest them in @graph or arrays; the Article-like object wins, else the first
/// WebPage-like one. Broken JSON is skipped, never fatal.
/// </summary>
public static class JsonLdReader
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdArticle Read(MetadataElements elements)
    {
        JsonLdArticle? fallback = null;
        foreach (var script in elements.JsonLdScripts)
        {
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(script.TextContent, Lenient);
            }
            catch (JsonException)
            {
                continue;
            }
            using (json)
            {
                foreach (var item in Flatten(json.RootElement))
                {
                    var article = ToArticle(item);
                    if (article.IsArticle) return article;
                    fallback ??= article.Type is not null && article.Type.EndsWith("Page", StringComparison.OrdinalIgnoreCase) ? article : null;
                }
            }
        }
        return fallback ?? JsonLdArticle.Empty;
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Flatten(item)) yield return inner;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var inner in Flatten(graph)) yield return inner;
            }
            if (element.TryGetProperty("mainEntity", out var main))
            {
                foreach (var inner in Flatten(main)) yield return inner;
            }
        }
    }

    private static JsonLdArticle ToArticle(JsonElement item) => new()
    {
        Type = Text(item, "@type"),
        Headline = Text(item, "headline") ?? Text(item, "name"),
        Body = Text(item, "articleBody") ?? Text(item, "text"),
        Authors = Names(item, "author"),
        DatePublished = Text(item, "datePublished") ?? Text(item, "dateCreated"),
        DateModified = Text(item, "dateModified"),
        Image = Url(item, "image") ?? Url(item, "thumbnailUrl"),
        Publisher = Names(item, "publisher") is [var publisher, ..] ? publisher : null,
        Description = Text(item, "description"),
        Url = Url(item, "url") ?? Url(item, "mainEntityOfPage"),
        Language = Text(item, "inLanguage"),
    };

    /// <summary>A string property, or the first string of an array property.</summary>
    private static string? Text(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value)) return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A URL given as a string, an object with "url" or "@id", or an array of either.</summary>
    private static string? Url(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value)) return null;
        return UrlOf(value);
    }

    private static string? UrlOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => Text(value, "url") ?? Text(value, "@id"),
        JsonValueKind.Array => value.EnumerateArray().Select(UrlOf).FirstOrDefault(u => u is not null),
        _ => null,
    };

    /// <summary>Names given as strings, objects with "name", or arrays of either.</summary>
    private static IReadOnlyList<string> Names(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value)) return [];
        var names = new List<string>();
        Collect(value, names);
        return names;
    }

    private static void Collect(JsonElement value, List<string> names)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()):
                names.Add(value.GetString()!.Trim());
                break;
            case JsonValueKind.Object when Text(value, "name") is { } name:
                names.Add(name);
                break;
            case JsonValueKind.Array:
                foreach (var inner in value.EnumerateArray()) Collect(inner, names);
                break;
        }
    }
}
