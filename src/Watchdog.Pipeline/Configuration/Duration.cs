using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Watchdog.Pipeline.Configuration;

/// <summary>
/// A length of time written the way people write it in a config file or on the command line:
/// <c>500ms</c>, <c>30s</c>, <c>10m</c>, <c>2h</c>, <c>1d</c>, or .NET's <c>00:10:00</c>.
/// </summary>
[TypeConverter(typeof(DurationTypeConverter))]
public readonly partial record struct Duration(TimeSpan Value)
{
    public static Duration FromSeconds(double seconds) => new(TimeSpan.FromSeconds(seconds));

    public static Duration FromMinutes(double minutes) => new(TimeSpan.FromMinutes(minutes));

    public static bool TryParse(string? text, [NotNullWhen(true)] out Duration? duration)
    {
        duration = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = UnitPattern().Match(text.Trim());
        if (match.Success)
        {
            var amount = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            var span = match.Groups["u"].Value.ToLowerInvariant() switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
            duration = new Duration(span);
            return true;
        }
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed) && parsed >= TimeSpan.Zero)
        {
            duration = new Duration(parsed);
            return true;
        }
        return false;
    }

    public static Duration Parse(string text) =>
        TryParse(text, out var duration)
            ? duration.Value
            : throw new FormatException($"'{text}' is not a duration; write e.g. 500ms, 30s, 10m, 2h or 1d.");

    public override string ToString() => Value switch
    {
        { TotalDays: >= 1 } v when v.TotalDays == Math.Floor(v.TotalDays) => $"{v.TotalDays:0}d",
        { TotalHours: >= 1 } v when v.TotalHours == Math.Floor(v.TotalHours) => $"{v.TotalHours:0}h",
        { TotalMinutes: >= 1 } v when v.TotalMinutes == Math.Floor(v.TotalMinutes) => $"{v.TotalMinutes:0}m",
        { TotalSeconds: >= 1 } v when v.TotalSeconds == Math.Floor(v.TotalSeconds) => $"{v.TotalSeconds:0}s",
        var v => $"{v.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)}ms",
    };

    [GeneratedRegex(@"^(?<n>\d+(\.\d+)?)\s*(?<u>ms|s|m|h|d)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();
}

/// <summary>Lets the configuration binder read <see cref="Duration"/> values from text.</summary>
public sealed class DurationTypeConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? Duration.Parse(text) : base.ConvertFrom(context, culture, value);
}
