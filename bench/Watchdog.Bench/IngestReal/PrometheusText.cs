using System.Globalization;

namespace Watchdog.Bench.IngestReal;

/// <summary>Reads the samples of a Prometheus text exposition: <c>name{labels} value</c> → value.</summary>
public static class PrometheusText
{
    public static IReadOnlyDictionary<string, double> Parse(string text)
    {
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var space = line.LastIndexOf(' ');
            if (space > 0 && double.TryParse(line[(space + 1)..], CultureInfo.InvariantCulture, out var value)) samples[line[..space]] = value;
        }
        return samples;
    }

    /// <summary>The value of each sample of metric <paramref name="name"/> by its <c>stage</c> label.</summary>
    public static IReadOnlyDictionary<string, double> ByStage(IReadOnlyDictionary<string, double> samples, string name)
    {
        var prefix = name + "{stage=\"";
        return samples.Where(s => s.Key.StartsWith(prefix, StringComparison.Ordinal) && s.Key.EndsWith("\"}", StringComparison.Ordinal))
            .ToDictionary(s => s.Key[prefix.Length..^2], s => s.Value, StringComparer.Ordinal);
    }

    public static double Value(IReadOnlyDictionary<string, double> samples, string key) => samples.TryGetValue(key, out var value) ? value : 0;
}
