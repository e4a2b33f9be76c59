using Watchdog.Reports.Documents;

namespace Watchdog.Reports.Tests.Documents;

public class ReportFormattingTests
{
    private static readonly DateTimeOffset March1 = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_period_ending_at_midnight_shows_the_day_before_as_its_last_day()
    {
        Assert.Equal("1 Mar 2025 – 14 Mar 2025", ReportFormatting.English.Period(new ReportPeriod(March1, March1.AddDays(14))));
    }

    [Fact]
    public void A_one_day_period_shows_one_date()
    {
        Assert.Equal("1 Mar 2025", ReportFormatting.English.Period(new ReportPeriod(March1, March1.AddDays(1))));
    }

    [Theory]
    [InlineData(120, 100, "+20 % on the previous period (100)")]
    [InlineData(50, 100, "−50 % on the previous period (100)")]
    [InlineData(7, 7, "no change on the previous period (7)")]
    [InlineData(7, 0, "none in the previous period")]
    public void Change_is_worded_by_direction(int total, int previous, string expected)
    {
        Assert.Equal(expected, ReportFormatting.English.Change(total, previous));
    }

    [Fact]
    public void Change_is_null_when_the_previous_count_is_unknown()
    {
        Assert.Null(ReportFormatting.English.Change(10, null));
    }

    [Theory]
    [InlineData("https://example.kz/a?b=1&c=2", "https://example.kz/a?b=1&amp;c=2")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,<b>x</b>", null)]
    [InlineData("/relative", null)]
    public void Only_absolute_http_urls_become_links(string url, string? expected)
    {
        Assert.Equal(expected, HtmlText.SafeHref(url));
    }
}
