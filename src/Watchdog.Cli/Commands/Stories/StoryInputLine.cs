using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Stories.Clustering;

namespace Watchdog.Cli.Commands.Stories;

/// <summary>
/// One line of <c>watchdog stories cluster</c> input: <c>{"id": …, "lang": "ru", "date": "2026-11-27T15:05:00+05:00", "title": "…", "text": "…"}</c>.
/// The id is echoed as given (number or string). A missing or empty lang is detected from the text, as ingest does
/// when a page declares none; a missing date counts as the Unix epoch, so undated articles are all within one window.
/// </summary>
public sealed record StoryInputLine(JsonNode Id, StoryArticle Article)
{
    /// <param name="number">The article's number in the input (its id inside the clusterer).</param>
    /// <exception cref="FormatException">The line is not such an object; the message says what is wrong.</exception>
    public static StoryInputLine Parse(string line, long number)
    {
        JsonObject json;
        try
        {
            json = JsonNode.Parse(line) as JsonObject ?? throw new FormatException("not a JSON object");
        }
        catch (JsonException e)
        {
            throw new FormatException($"not JSON: {e.Message}", e);
        }
        var id = json["id"]?.DeepClone() ?? throw new FormatException("no \"id\"");
        var title = Text(json, "title");
        var text = Text(json, "text");
        if (title.Length == 0 && text.Length == 0) throw new FormatException("neither \"title\" nor \"text\"");
        var language = Text(json, "lang").ToLowerInvariant();
        if (language.Length == 0) language = LanguageDetector.Default.Detect(title + "\n" + text);
        return new StoryInputLine(id, new StoryArticle(number, Date(json), language, title, text));
    }

    private static string Text(JsonObject json, string name) => json[name] switch
    {
        null => "",
        JsonValue value when value.TryGetValue<string>(out var text) => text.Trim(),
        _ => throw new FormatException($"\"{name}\" is not a string"),
    };

    private static DateTimeOffset Date(JsonObject json)
    {
        var value = Text(json, "date");
        if (value.Length == 0) return DateTimeOffset.UnixEpoch;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new FormatException($"\"date\" '{value}' is not an ISO 8601 date");
    }
}
