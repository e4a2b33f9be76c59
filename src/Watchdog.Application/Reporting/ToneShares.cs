using System.Globalization;
using Watchdog.Core.Articles;

namespace Watchdog.Application.Reporting;

/// <summary>
/// The tone of a set of articles as shown to users (API, CLI, reports), in aggregate only: how many are positive,
/// negative, neutral and untagged (stored before tone was computed, or in a language without a tone model), and each
/// tone's share of the tagged ones (null when none is).
/// </summary>
public sealed record ToneShares(
    long Positive, long Negative, long Neutral, long Untagged, double? PositiveShare, double? NegativeShare, double? NeutralShare)
{
    public static ToneShares From(ToneCounts counts) => new(
        counts.Positive, counts.Negative, counts.Neutral, counts.Untagged,
        Round(counts.Share(Tone.Positive)), Round(counts.Share(Tone.Negative)), Round(counts.Share(Tone.Neutral)));

    public long Tagged => Positive + Negative + Neutral;

    /// <summary>"25 % positive · 60 % neutral · 15 % negative (of 40 tagged; 3 untagged)", or that none is tagged.</summary>
    public string Describe()
    {
        if (Tagged == 0) return Untagged == 0 ? "no articles" : $"no tone tagged ({Untagged.ToString(CultureInfo.InvariantCulture)} untagged)";
        var untagged = Untagged == 0 ? "" : $"; {Untagged.ToString(CultureInfo.InvariantCulture)} untagged";
        return $"{Percent(PositiveShare)} positive · {Percent(NeutralShare)} neutral · {Percent(NegativeShare)} negative (of {Tagged.ToString(CultureInfo.InvariantCulture)} tagged{untagged})";
    }

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) + " %" : "–";

    private static double? Round(double? share) => share is { } s ? Math.Round(s, 4) : null;
}
