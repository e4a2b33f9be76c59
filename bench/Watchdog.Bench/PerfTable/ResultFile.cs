using System.Globalization;
using System.Text.Json;

namespace Watchdog.Bench.PerfTable;

/// <summary>A file is in bench/results but its content is not what its table row reads: the message names the file and the field.</summary>
public sealed class ResultShapeException(string message) : Exception(message);

/// <summary>
/// One bench/results/*.json, read by dotted paths ("queries.compiledArticlesPerSecond", "results[0].f1"). A missing or
/// mistyped field throws <see cref="ResultShapeException"/> naming the file, so a changed benchmark output fails the
/// table's generation loudly instead of printing a stale or empty figure.
/// </summary>
public sealed class ResultFile
{
    public ResultFile(string name, JsonElement root)
    {
        Name = name;
        Root = root;
    }

    public string Name { get; }
    public JsonElement Root { get; }

    public static ResultFile Parse(string name, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return new ResultFile(name, document.RootElement.Clone());
        }
        catch (JsonException e)
        {
            throw new ResultShapeException($"bench/results/{name}: not valid JSON ({e.Message})");
        }
    }

    public ResultShapeException Error(string what) => new($"bench/results/{Name}: {what}");

    public bool Has(string path) => TryGet(path, out var value) && value.ValueKind != JsonValueKind.Null;

    public JsonElement Get(string path) => TryGet(path, out var value) && value.ValueKind != JsonValueKind.Null
        ? value
        : throw Error($"no field '{path}'");

    public double Number(string path) => Number(Get(path), path);

    public double Number(JsonElement value, string path) => value.ValueKind == JsonValueKind.Number
        ? value.GetDouble()
        : throw Error($"'{path}' is {value.ValueKind}, not a number");

    public string Text(string path) => Text(Get(path), path);

    public string Text(JsonElement value, string path) => value.ValueKind == JsonValueKind.String
        ? value.GetString()!
        : throw Error($"'{path}' is {value.ValueKind}, not a string");

    public IReadOnlyList<JsonElement> Items(string path)
    {
        var value = Get(path);
        return value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : throw Error($"'{path}' is {value.ValueKind}, not a list");
    }

    /// <summary>The item of the list at <paramref name="path"/> whose <paramref name="key"/> is <paramref name="value"/>.</summary>
    public JsonElement ItemWhere(string path, string key, string value) =>
        Items(path).FirstOrDefault(item => item.ValueKind == JsonValueKind.Object && item.TryGetProperty(key, out var k) &&
                                           k.ValueKind == JsonValueKind.String && k.GetString() == value) is { ValueKind: JsonValueKind.Object } found
            ? found
            : throw Error($"no item with {key} = \"{value}\" in '{path}'");

    private bool TryGet(string path, out JsonElement value) => TryGet(Root, path, out value);

    /// <summary>Reads a dotted path below <paramref name="from"/>; "[n]" indexes a list.</summary>
    public static bool TryGet(JsonElement from, string path, out JsonElement value)
    {
        value = from;
        foreach (var part in path.Split('.'))
        {
            var name = part;
            var index = -1;
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                name = part[..bracket];
                index = int.Parse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture);
            }
            if (name.Length > 0 && (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out value))) return false;
            if (index < 0) continue;
            if (value.ValueKind != JsonValueKind.Array || index >= value.GetArrayLength()) return false;
            value = value[index];
        }
        return true;
    }
}
