using System.CommandLine;

namespace Watchdog.Cli.CommandLine;

/// <summary>`--bucket day|hour`: the width of one count in trends and reports.</summary>
public static class BucketOption
{
    public static Option<string> Create() => new("--bucket") { Description = "Count per day or per hour", DefaultValueFactory = _ => "day" };

    public static TimeSpan Read(ParseResult parse, Option<string> option) => parse.GetValue(option)?.Trim().ToLowerInvariant() switch
    {
        "day" => TimeSpan.FromDays(1),
        "hour" => TimeSpan.FromHours(1),
        var other => throw new UsageException($"--bucket '{other}' is not day or hour."),
    };

}
