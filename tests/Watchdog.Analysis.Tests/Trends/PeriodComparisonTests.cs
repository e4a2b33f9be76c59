using Watchdog.Analysis.Trends;

namespace Watchdog.Analysis.Tests.Trends;

public class PeriodComparisonTests
{
    [Fact]
    public void Doubling_from_50_to_100_is_significant()
    {
        var (ratio, significant) = PeriodComparison.Compare(100, 50);
        Assert.Equal((1.0, true), (ratio, significant));
    }

    [Fact]
    public void Three_against_one_is_not_significant()
    {
        var (ratio, significant) = PeriodComparison.Compare(3, 1);
        Assert.Equal((2.0, false), (ratio, significant));
    }

    [Fact]
    public void A_fall_gives_a_negative_ratio() => Assert.Equal(-0.5, PeriodComparison.Compare(50, 100).ChangeRatio);

    [Fact]
    public void Equal_counts_have_p_value_one() => Assert.Equal(1.0, PeriodComparison.PValue(40, 40));

    [Fact]
    public void Ten_against_none_has_the_exact_binomial_p_value() => Assert.Equal(Math.Pow(2, -9), PeriodComparison.PValue(10, 0), 12);

    [Fact]
    public void Two_empty_periods_are_no_change() => Assert.Equal((0.0, false), PeriodComparison.Compare(0, 0));

    [Fact]
    public void Growth_from_nothing_has_an_infinite_ratio() => Assert.Equal(double.PositiveInfinity, PeriodComparison.Compare(7, 0).ChangeRatio);

    [Fact]
    public void Huge_counts_use_the_normal_approximation_consistently_with_the_exact_sum()
    {
        Assert.True(PeriodComparison.Compare(1_010_000, 1_000_000).Significant);
        Assert.False(PeriodComparison.Compare(1_000_500, 1_000_000).Significant);
        Assert.Equal(PeriodComparison.PValue(500_500, 499_500), PeriodComparison.PValue(500_501, 499_500), 2);
    }

    [Fact]
    public void Negative_counts_are_rejected() => Assert.Throws<ArgumentOutOfRangeException>(() => PeriodComparison.Compare(-1, 5));
}
