using System.Globalization;

namespace Watchdog.Collect.Social;

/// <summary>Small reads shared by the social parsers.</summary>
internal static class Parsing
{
    /// <summary>An ISO 8601 time as platforms write it in attributes; null when absent or not a time.</summary>
    public static DateTimeOffset? Time(string? value) =>
        !string.IsNullOrWhiteSpace(value) && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    /// <summary>Engagement counts without the ones the platform did not give.</summary>
    public static Dictionary<string, long> Counts(params (string Key, long? Value)[] counts) =>
        counts.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!.Value);

    public static string? FirstText(params string?[] candidates) => candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();
}
