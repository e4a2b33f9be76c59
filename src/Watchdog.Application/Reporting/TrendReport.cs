using Watchdog.Analysis.Trends;
using Watchdog.Core.Search;

namespace Watchdog.Application.Reporting;

/// <summary>How much was published on a query in a period, compared with the period of the same length before it.</summary>
/// <param name="Current">Matches of the period: per bucket, source and language.</param>
/// <param name="Bursts">Bursts within the period, found against a baseline that reaches into the previous period.</param>
/// <param name="ChangeRatio">The relative change, current ÷ previous − 1 (+0.5 is a 50 % rise); null when the previous period had none.</param>
/// <param name="ChangeIsSignificant">Whether the change is more than chance would give (see <see cref="PeriodComparison"/>).</param>
public sealed record TrendReport(
    SearchBreakdown Current,
    long PreviousTotal,
    double? ChangeRatio,
    bool ChangeIsSignificant,
    IReadOnlyList<Burst> Bursts)
{
    public DateTimeOffset From => Current.From;

    /// <summary>The end of the last bucket (exclusive).</summary>
    public DateTimeOffset To => Current.From + Current.Bucket * Current.Counts.Count;
}
