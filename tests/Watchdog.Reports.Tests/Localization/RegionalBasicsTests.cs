using Watchdog.Core.Localization;
using Watchdog.Core.Time;

namespace Watchdog.Reports.Tests.Localization;

/// <summary>The Core pieces reports rest on: Accept-Language negotiation, plural categories, local day buckets, the time zone setting.</summary>
public sealed class RegionalBasicsTests
{
    private static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    [Theory]
    [InlineData("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", UiLanguage.Ru)]
    [InlineData("de-DE,de;q=0.9,kk;q=0.5,ru;q=0.4", UiLanguage.Kk)]
    [InlineData("en;q=0.5, ru;q=0.8", UiLanguage.Ru)]
    [InlineData("ru;q=0, en", UiLanguage.En)]
    public void Accept_language_picks_the_most_preferred_language_watchdog_writes(string header, UiLanguage expected)
    {
        Assert.Equal(expected, UiLanguages.FromAcceptLanguage(header));
    }

    [Theory]
    [InlineData("de-DE,fr;q=0.9")]
    [InlineData("*")]
    [InlineData("")]
    public void Accept_language_without_a_language_watchdog_writes_chooses_nothing(string header)
    {
        Assert.Null(UiLanguages.FromAcceptLanguage(header));
    }

    [Theory]
    [InlineData(1, "one")]
    [InlineData(2, "few")]
    [InlineData(5, "many")]
    [InlineData(12, "many")]
    [InlineData(22, "few")]
    [InlineData(111, "many")]
    public void Russian_plural_categories_follow_cldr(long n, string category)
    {
        Assert.Equal(category, PluralRules.Category(UiLanguage.Ru, n));
    }

    [Fact]
    public void An_almaty_day_bucket_starts_at_19_00_utc_of_the_previous_day()
    {
        var start = DayBuckets.Floor(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(1), Almaty);

        Assert.Equal(new DateTimeOffset(2026, 12, 6, 19, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(TimeSpan.Zero, start.Offset);
    }

    [Fact]
    public void After_19_00_utc_it_is_already_the_next_almaty_day()
    {
        var instant = new DateTimeOffset(2026, 12, 7, 20, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 12, 8), DayBuckets.DayOf(instant, Almaty));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 19, 0, 0, TimeSpan.Zero), DayBuckets.Floor(instant, TimeSpan.FromDays(1), Almaty));
    }

    [Fact]
    public void Hour_buckets_follow_the_local_clock_in_a_half_hour_zone()
    {
        var kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");

        // 10:10 UTC is 15:40 in Kolkata (UTC+5:30): its hour started at 15:00 local, 09:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 9, 30, 0, TimeSpan.Zero),
            DayBuckets.Floor(new DateTimeOffset(2026, 12, 7, 10, 10, 0, TimeSpan.Zero), TimeSpan.FromHours(1), kolkata));
    }

    [Fact]
    public void An_unknown_time_zone_falls_back_to_utc_with_a_warning()
    {
        var (zone, warning) = TimeZoneSetting.Resolve("Asia/Atlantis");

        Assert.Equal(TimeZoneInfo.Utc, zone);
        Assert.Contains("Asia/Atlantis", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_time_zone_is_utc_without_a_warning()
    {
        Assert.Equal((TimeZoneInfo.Utc, (string?)null), TimeZoneSetting.Resolve(" "));
    }
}
