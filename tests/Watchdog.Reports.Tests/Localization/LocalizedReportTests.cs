using Watchdog.Core.Localization;
using Watchdog.Reports.Charts;
using Watchdog.Reports.Documents;
using Watchdog.Reports.Tests.Support;

namespace Watchdog.Reports.Tests.Localization;

/// <summary>Reports and charts in Russian, Kazakh and English, with dates in the language's culture and the configured time zone.</summary>
public sealed class LocalizedReportTests
{
    private static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    private static string Render(UiLanguage language, TimeZoneInfo? zone = null) =>
        HtmlReportRenderer.Render(SampleReports.Weekly() with { Locale = new UiLocale(language, zone ?? TimeZoneInfo.Utc) });

    [Fact]
    public void A_russian_report_has_russian_headings_and_russian_dates()
    {
        var html = Render(UiLanguage.Ru);

        Assert.Contains("<html lang=\"ru\">", html, StringComparison.Ordinal);
        foreach (var heading in new[] { "Отчёт мониторинга Watchdog", "Сводка", "Основные источники", "Главные сюжеты", "Главные статьи", "Предыдущий период" })
            Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains("1 мар. 2025 – 14 мар. 2025", html, StringComparison.Ordinal);
        Assert.Contains("Создан 15 мар. 2025, 07:30 UTC", html, StringComparison.Ordinal);
        foreach (var english in new[] { "Top articles", "Summary", "Generated", "Previous period" })
            Assert.DoesNotContain(english, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Russian_counts_take_the_plural_form_of_their_number()
    {
        var words = new ReportFormatting(new UiLocale(UiLanguage.Ru, TimeZoneInfo.Utc));

        Assert.Equal(["1 статья", "3 статьи", "5 статей", "11 статей", "21 статья", "1\u00a0234 статьи"],
            new long[] { 1, 3, 5, 11, 21, 1234 }.Select(n => words.Plural("articles", n)));
    }

    [Fact]
    public void A_kazakh_report_has_kazakh_headings_and_kazakh_or_iso_dates()
    {
        var html = Render(UiLanguage.Kk);

        Assert.Contains("<html lang=\"kk\">", html, StringComparison.Ordinal);
        Assert.Contains("Басты мақалалар", html, StringComparison.Ordinal);
        // With ICU data for kk-KZ the month is Kazakh; without it the date is ISO, never an English month name.
        var culture = UiCulture.Of(UiLanguage.Kk);
        var expected = culture.IsFallback ? "2025-03-01" : new DateTime(2025, 3, 1).ToString("d MMM yyyy", culture.Culture);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("1 Mar 2025", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Kazakh_culture_data_is_present_on_this_system()
    {
        // ICU ships kk-KZ; this test says when a system without it falls back to ISO dates (see UiCulture).
        Assert.False(UiCulture.Of(UiLanguage.Kk).IsFallback);
    }

    [Fact]
    public void Every_language_has_every_text_of_the_english_file()
    {
        var english = ReportFormatting.Catalog.Keys(UiLanguage.En).Order(StringComparer.Ordinal).ToList();
        foreach (var language in new[] { UiLanguage.Ru, UiLanguage.Kk })
            Assert.Equal(english, ReportFormatting.Catalog.Keys(language).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Times_are_shown_in_the_report_time_zone()
    {
        var html = Render(UiLanguage.En, Almaty);

        Assert.Contains("Generated 15 Mar 2025, 12:30 Asia/Almaty", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_ending_at_local_midnight_ends_the_day_before()
    {
        var words = new ReportFormatting(new UiLocale(UiLanguage.En, Almaty));
        var from = new DateTimeOffset(2025, 2, 28, 19, 0, 0, TimeSpan.Zero);

        Assert.Equal("1 Mar 2025 – 14 Mar 2025", words.Period(new ReportPeriod(from, from.AddDays(14))));
    }

    [Fact]
    public void A_russian_chart_has_russian_labels_and_dates()
    {
        var svg = VolumeChart.RenderSvg(SampleCharts.TwoWatchlists() with { Locale = new UiLocale(UiLanguage.Ru, TimeZoneInfo.Utc) }, 760, 270);

        Assert.Contains("Статей в день", svg, StringComparison.Ordinal);
        Assert.Contains("Всплеск", svg, StringComparison.Ordinal);
        Assert.Contains("мар.", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Articles per day", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_kazakh_chart_says_so_in_kazakh()
    {
        var svg = VolumeChart.RenderSvg(SampleCharts.Empty("") with { Locale = new UiLocale(UiLanguage.Kk, TimeZoneInfo.Utc) }, 400, 200);

        Assert.Contains("Бұл кезеңде мақала жоқ", svg, StringComparison.Ordinal);
    }
}
