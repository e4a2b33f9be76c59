using System.Globalization;
using System.Text.Json;
using Watchdog.Pipeline.Social;

namespace Watchdog.Pipeline.Import;

/// <summary>
/// Reads one line of a JSON Lines archive: an object with <c>url</c> and <c>text</c> (required), <c>title</c>,
/// <c>published</c> (ISO 8601), <c>language</c>, <c>source</c> (a name, or <c>{"name", "url"}</c>; also
/// <c>sourceName</c>/<c>sourceUrl</c>) and <c>author</c> or <c>authors</c>. Pure: a bad line gives its reason, never throws.
/// </summary>
public static class ImportLineParser
{
    public static ImportLine Parse(long number, string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var (record, problem) = Read(json.RootElement);
            return new ImportLine(number, record, problem);
        }
        catch (JsonException e)
        {
            return new ImportLine(number, null, $"not JSON ({e.Message})");
        }
    }

    private static (ImportRecord?, string?) Read(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object) return (null, "not a JSON object");
        if (String(item, "url") is not { } urlText) return (null, "'url' is missing");
        if (!IsWebAddress(urlText, out var url)) return (null, $"'url' is not an http(s) address: {urlText}");
        if (String(item, "text") is not { } text) return (null, "'text' is missing or empty");
        DateTimeOffset? published = null;
        if (String(item, "published") is { } date)
        {
            if (!DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                return (null, $"'published' is not a date: {date}");
            published = parsed;
        }
        var (sourceName, sourceUrlText) = Source(item);
        Uri? sourceUrl = null;
        if (sourceUrlText is not null && !IsWebAddress(sourceUrlText, out sourceUrl)) return (null, $"the source's url is not an http(s) address: {sourceUrlText}");
        var title = String(item, "title") ?? PostArticleComposer.Headline(text);
        var authors = Strings(item, "authors") ?? (String(item, "author") is { } author ? [author] : []);
        return (new ImportRecord(url!, title, text, published, String(item, "language"), sourceName, sourceUrl, authors), null);
    }

    private static (string? Name, string? Url) Source(JsonElement item)
    {
        if (item.TryGetProperty("source", out var source))
        {
            if (source.ValueKind == JsonValueKind.String) return (Trimmed(source.GetString()), String(item, "sourceUrl"));
            if (source.ValueKind == JsonValueKind.Object) return (String(source, "name"), String(source, "url"));
        }
        return (String(item, "sourceName"), String(item, "sourceUrl"));
    }

    private static bool IsWebAddress(string text, out Uri? url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Trimmed(value.GetString()) : null;

    private static string[]? Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => Trimmed(v.GetString())).OfType<string>().ToArray()
            : null;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
