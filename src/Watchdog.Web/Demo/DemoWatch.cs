using Watchdog.Core.Watching;
using Watchdog.SampleWeb.Publishing;

namespace Watchdog.Web.Demo;

/// <summary>
/// The watchlist and standing queries the demo ships, so alerts arrive without any set-up: the officials the living sample
/// web writes about, and three topics it reports (the flood topic is the one that bursts).
/// </summary>
internal static class DemoWatch
{
    public const string OfficialsList = "demo-officials";

    /// <summary>Russian spellings only: names cross scripts, so the Kazakh and English reports match too.</summary>
    public static Watchlist Officials(DateTimeOffset now) => new()
    {
        Name = OfficialsList,
        Entries = [.. DemoCast.Officials.Select(o => new WatchlistEntry { Text = o.Ru, Kind = WatchlistEntryKind.Person })],
        UpdatedAt = now,
    };

    public static IReadOnlyList<StandingQuery> Queries(DateTimeOffset now) =>
    [
        Query("Demo: officials in the news", $"@{OfficialsList}", now),
        Query("Demo: floods", "паводок OR тасқын OR тасқыны OR flood OR floodwater", now),
        Query("Demo: journalists detained", "(журналист OR журналисі OR journalist OR reporter) AND (задержан OR задержали OR ұсталды OR detained OR held)", now),
    ];

    private static StandingQuery Query(string name, string text, DateTimeOffset now) => new() { Name = name, QueryText = text, CreatedAt = now };
}
