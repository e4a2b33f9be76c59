using System.Globalization;
using System.Text.Json;

namespace Watchdog.Collect.Social;

/// <summary>Tolerant reads from platform JSON: a missing or differently typed member is null, never an exception.</summary>
internal static class SocialJson
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 };

    public static JsonDocument? TryParse(string text, out string? problem)
    {
        try
        {
            problem = null;
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            problem = $"not valid JSON: {e.Message}";
            return null;
        }
    }

    public static JsonElement? Member(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string? Str(this JsonElement element, string name) => element.Member(name) switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => null,
    };

    public static long? Long(this JsonElement element, string name) => element.Member(name) switch
    {
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var whole) => whole,
        { ValueKind: JsonValueKind.Number } value when value.TryGetDouble(out var real) => (long)real,
        { ValueKind: JsonValueKind.String } value when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public static double? Double(this JsonElement element, string name) => element.Member(name) switch
    {
        { ValueKind: JsonValueKind.Number } value => value.GetDouble(),
        { ValueKind: JsonValueKind.String } value when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static DateTimeOffset? Time(this JsonElement element, string name) =>
        element.Str(name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    public static DateTimeOffset? UnixTime(this JsonElement element, string name) =>
        element.Double(name) is { } seconds && seconds > 0 ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000)) : null;
}
