using System.Globalization;
using System.Text.Json;

namespace Watchdog.Bench.PerfTable;

/// <summary>The parts every result file may carry in its own way: its data, its settings, the machine it ran on.</summary>
internal static class ResultDescriptions
{
    /// <summary>"data" as a sentence, or as {kind, what, articles/documents}; null when the file has none.</summary>
    public static string? Data(ResultFile file)
    {
        if (!file.Has("data")) return null;
        var data = file.Get("data");
        if (data.ValueKind == JsonValueKind.String) return data.GetString();
        if (data.ValueKind != JsonValueKind.Object) throw file.Error("'data' is neither a sentence nor an object");
        var kind = data.TryGetProperty("kind", out var k) ? Scalar(k) + ": " : "";
        return kind + string.Join(", ", data.EnumerateObject().Where(p => p.Name != "kind" && IsScalar(p.Value))
            .Select(p => p.Name is "what" or "about" ? Scalar(p.Value) : $"{p.Name} {Scalar(p.Value)}"));
    }

    /// <summary>"settings" as a sentence, or its scalar fields one after the other; null when the file has none.</summary>
    public static string? Settings(ResultFile file)
    {
        if (!file.Has("settings")) return null;
        var settings = file.Get("settings");
        return settings.ValueKind switch
        {
            JsonValueKind.String => settings.GetString(),
            JsonValueKind.Object => Fields(settings),
            _ => throw file.Error("'settings' is neither a sentence nor an object"),
        };
    }

    /// <summary>Cores, load average and date as far as the file recorded them.</summary>
    public static string Machine(ResultFile file)
    {
        var parts = new List<string>();
        if (file.Has("machine"))
        {
            var machine = file.Get("machine");
            if (machine.ValueKind == JsonValueKind.String) parts.Add(machine.GetString()!);
            else if (machine.ValueKind == JsonValueKind.Object)
            {
                if (machine.TryGetProperty("cores", out var cores)) parts.Add($"{Scalar(cores)} cores");
                if (machine.TryGetProperty("loadAverageBefore", out var before)) parts.Add($"load average {OneMinute(before)} before");
                if (machine.TryGetProperty("loadAverageAfter", out var after)) parts.Add($"{OneMinute(after)} after");
                if (machine.TryGetProperty("note", out var note)) parts.Add(Scalar(note));
            }
        }
        if (file.Has("cores")) parts.Add($"{Format.Whole(file.Number("cores"))} cores");
        if (file.Has("loadAverage")) parts.Add($"load average {OneMinute(file.Get("loadAverage"))}");
        foreach (var dateField in new[] { "measuredAt", "date" })
        {
            if (file.Has(dateField)) parts.Add(Date(file.Text(dateField)));
        }
        return parts.Count == 0 ? "not recorded" : string.Join("; ", parts);
    }

    /// <summary>The scalar fields of an object as "name value" pairs, for shapes this table has no row of its own for.</summary>
    /// <param name="except">Fields said elsewhere in the row (a run's data and settings, lifted into their columns).</param>
    public static string Fields(JsonElement item, params string[] except) =>
        string.Join(", ", item.EnumerateObject().Where(p => IsScalar(p.Value) && !except.Contains(p.Name, StringComparer.Ordinal))
            .Select(p => $"{p.Name} {Scalar(p.Value)}"));

    public static bool IsScalar(JsonElement value) => value.ValueKind is JsonValueKind.Number or JsonValueKind.String or JsonValueKind.True or JsonValueKind.False;

    public static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => Number(value.GetDouble()),
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        _ => value.GetRawText(),
    };

    /// <summary>A number as read by a person: whole numbers with separators, others to at most three decimals.</summary>
    public static string Number(double value) => value == Math.Round(value)
        ? Format.Whole(value)
        : value.ToString(Math.Abs(value) >= 100 ? "#,0.#" : "0.###", CultureInfo.InvariantCulture);

    // /proc/loadavg: "24.58 31.50 30.14 21/384 25214"; the first figure is the last minute's.
    private static string OneMinute(JsonElement loadAverage) => Scalar(loadAverage).Split(' ')[0] + " (1 min)";

    private static string Date(string timestamp) =>
        DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : timestamp;
}
