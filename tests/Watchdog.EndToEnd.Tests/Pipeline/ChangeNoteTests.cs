using Watchdog.Analysis.Trends;
using Watchdog.Core.Search;
using Watchdog.Application.Reporting;
using Watchdog.Core.Localization;
using Watchdog.Reports.Documents;

namespace Watchdog.EndToEnd.Tests.Pipeline;

/// <summary>The sentence a report gives on the change from the period before.</summary>
public sealed class ChangeNoteTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ReportFormatting English = ReportFormatting.English;

    private static TrendReport Trend(long current, long previous, params Burst[] bursts)
    {
        var breakdown = new SearchBreakdown(current, Day0, TimeSpan.FromDays(1), [current], new Dictionary<long, long>(), new Dictionary<string, long>(), ToneBreakdown.Empty(1));
        var (ratio, significant) = PeriodComparison.Compare(current, previous);
        return new TrendReport(breakdown, previous, previous == 0 ? null : ratio, significant, bursts);
    }

    [Fact]
    public void A_rise_is_signed_and_in_percent_of_the_period_before()
    {
        Assert.Equal("+131 % on the period before.", ReportBuilder.ChangeNote(Trend(37, 16), English));
    }

    [Fact]
    public void A_fall_within_chance_says_so()
    {
        Assert.Equal("−25 % on the period before (within chance).", ReportBuilder.ChangeNote(Trend(3, 4), English));
    }

    [Fact]
    public void Nothing_in_either_period_is_not_a_fall_of_100_percent()
    {
        Assert.Equal("No articles in this period or the one before.", ReportBuilder.ChangeNote(Trend(0, 0), English));
    }

    [Fact]
    public void Bursts_are_named_by_their_day()
    {
        var burst = new Burst(0, 0, Day0.AddDays(8), Day0.AddDays(9), 12, 2, 6);

        Assert.EndsWith("Bursts: 9 May.", ReportBuilder.ChangeNote(Trend(12, 0, burst), English));
    }

    [Fact]
    public void A_russian_note_is_in_russian_with_the_burst_day_in_russian()
    {
        var burst = new Burst(0, 0, Day0.AddDays(8), Day0.AddDays(9), 12, 2, 6);

        var note = ReportBuilder.ChangeNote(Trend(12, 0, burst), new ReportFormatting(new UiLocale(UiLanguage.Ru, TimeZoneInfo.Utc)));

        Assert.Equal("В предыдущем периоде статей не было. Всплески: 9 мая.", note);
    }
}
