using System.Net;
using static Watchdog.EndToEnd.Tests.Web.Reporting.ReportingApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Localization;

/// <summary>The configured time zone cuts the API's day buckets; reports and charts come in the language the request or the settings choose.</summary>
public sealed class RegionalApiTests(RegionalWebAppFixture app) : IClassFixture<RegionalWebAppFixture>
{
    [Fact]
    public async Task Settings_name_the_time_zone_and_the_language_for_the_request()
    {
        var settings = await GetJsonAsync(app.Client, "/api/settings");

        Assert.Equal(("Asia/Almaty", 300), (settings.GetProperty("timeZone").GetString(), settings.GetProperty("utcOffsetMinutes").GetInt32()));
        Assert.Equal(("ru", "ru"), (settings.GetProperty("language").GetString(), settings.GetProperty("defaultLanguage").GetString()));
    }

    [Fact]
    public async Task An_almaty_day_bucket_starts_at_19_00_utc_of_the_day_before()
    {
        var trend = await GetJsonAsync(app.Client, "/api/trends?q=river");
        var starts = Items(trend, "points").Select(p => p.GetProperty("start").GetDateTimeOffset()).ToList();

        Assert.Equal(30, starts.Count);
        Assert.All(starts, s => Assert.Equal(new TimeSpan(19, 0, 0), s.UtcDateTime.TimeOfDay));
        Assert.True(starts[^1] <= DateTimeOffset.UtcNow && DateTimeOffset.UtcNow < starts[^1].AddDays(1), "the last bucket is the current Almaty day");
    }

    [Fact]
    public async Task A_bare_date_is_an_almaty_day()
    {
        var trend = await GetJsonAsync(app.Client, "/api/trends?q=river&from=2026-03-10&to=2026-03-10");

        var point = Assert.Single(Items(trend, "points"));
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 19, 0, 0, TimeSpan.Zero), point.GetProperty("start").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_report_is_in_the_configured_language_with_russian_dates()
    {
        var html = await ReportAsync("/api/reports?q=river&from=2026-03-01&to=2026-03-14", acceptLanguage: null);

        Assert.Contains("<html lang=\"ru\">", html, StringComparison.Ordinal);
        Assert.Contains("Отчёт мониторинга Watchdog", html, StringComparison.Ordinal);
        Assert.Contains("Главные статьи", html, StringComparison.Ordinal);
        Assert.Contains("1 мар. 2026 – 14 мар. 2026", html, StringComparison.Ordinal);
        Assert.Contains("Статей в день", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Top articles", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB,en;q=0.9", null, "Watchdog monitoring report")]
    [InlineData("kk-KZ,kk;q=0.9,ru;q=0.8", null, "Watchdog мониторинг есебі")]
    [InlineData("kk", "en", "Watchdog monitoring report")]
    public async Task Accept_language_chooses_the_report_language_and_locale_overrides_it(string acceptLanguage, string? locale, string eyebrow)
    {
        var html = await ReportAsync("/api/reports?q=river" + (locale is null ? "" : "&locale=" + locale), acceptLanguage);

        Assert.Contains(eyebrow, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_locale_is_refused()
    {
        using var response = await app.Client.GetAsync(new Uri("/api/reports?q=river&locale=de", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("locale", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> ReportAsync(string path, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await app.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return body;
    }
}
