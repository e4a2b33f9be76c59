namespace Watchdog.Analysis.Trends;

/// <summary>
/// Compares the counts of two periods of equal length (this week and last) with the conditional binomial test
/// for two Poisson counts: if both periods had the same rate, the current count given the total would be
/// Binomial(current + previous, ½). Pure and thread-safe.
/// </summary>
public static class PeriodComparison
{
    /// <summary>Two-sided p-value below which a change counts as significant.</summary>
    public const double DefaultSignificanceLevel = 0.01;

    /// <param name="current">Count in the current period.</param>
    /// <param name="previous">Count in the previous period of the same length.</param>
    /// <returns>
    /// ChangeRatio = current / previous − 1 (+0.5 is a 50 % rise; 0 when both are 0; +∞ when only previous is 0);
    /// Significant when the two-sided p-value is below <paramref name="significanceLevel"/>.
    /// </returns>
    public static (double ChangeRatio, bool Significant) Compare(long current, long previous, double significanceLevel = DefaultSignificanceLevel)
    {
        if (significanceLevel is <= 0 or >= 1 || double.IsNaN(significanceLevel))
            throw new ArgumentOutOfRangeException(nameof(significanceLevel), significanceLevel, "Must be in (0, 1).");
        return (ChangeRatio(current, previous), PValue(current, previous) < significanceLevel);
    }

    /// <summary>Two-sided p-value of the conditional binomial test: 1 when the counts are equal or both 0.</summary>
    public static double PValue(long current, long previous)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(current);
        ArgumentOutOfRangeException.ThrowIfNegative(previous);
        var total = current + previous;
        if (total == 0) return 1;
        var smaller = Math.Min(current, previous);
        return Math.Min(1, 2 * BinomialTail.HalfLowerTail(total, smaller));
    }

    private static double ChangeRatio(long current, long previous) =>
        previous == 0 ? (current == 0 ? 0 : double.PositiveInfinity) : (double)current / previous - 1;
}
