using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Watchdog.Web.Dashboard;

namespace Watchdog.EndToEnd.Tests.Web.Dashboard;

/// <summary>
/// The server picks the dashboard's language from Accept-Language and writes it into every page it serves, at clean
/// paths; anything that is not a page goes on to the static files and the API.
/// </summary>
public sealed class DashboardLanguageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("ru-RU,ru;q=0.9,en;q=0.8", "ru")]
    [InlineData("de-DE,kk;q=0.7,ru;q=0.6", "kk")]
    [InlineData("en;q=0.5,ru;q=0.9", "ru")]
    [InlineData("ru-KZ", "ru")]
    [InlineData("KK", "kk")]
    [InlineData("de-DE,fr;q=0.8,*;q=0.1", null)]
    [InlineData("", null)]
    public void Negotiates_the_best_supported_language(string header, string? expected)
    {
        var parsed = StringWithQualityHeaderValue.ParseList(header.Split(',', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(expected, DashboardLanguage.Negotiate(parsed));
    }

    [Theory]
    [InlineData("/", "index")]
    [InlineData("/alerts", "alerts")]
    [InlineData("/alerts.html", "alerts")]
    [InlineData("/api/search", null)]
    [InlineData("/i18n/en.json", null)]
    [InlineData("/Alerts", null)]
    public void Names_pages_by_their_path(string path, string? expected) =>
        Assert.Equal(expected, DashboardPages.PageName(new PathString(path)));

    [Fact]
    public async Task A_page_carries_the_language_the_request_asks_for()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("ru-RU,ru;q=0.9");

        using var response = await app.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"ru\" data-server-language=\"ru\"", html, StringComparison.Ordinal);
        Assert.Contains(response.Headers.Vary, value => value == "Accept-Language");
    }

    [Fact]
    public async Task A_page_for_a_language_it_does_not_speak_leaves_the_choice_to_the_browser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/index.html");
        request.Headers.AcceptLanguage.ParseAdd("de-DE");

        var html = await (await app.Client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\" data-page=\"index\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/alerts")]
    [InlineData("/sources")]
    [InlineData("/watchlists")]
    [InlineData("/queries")]
    [InlineData("/article")]
    [InlineData("/reports")]
    [InlineData("/admin")]
    public async Task Every_page_starts_its_head_with_the_shared_head_once(string path)
    {
        var html = await app.Client.GetStringAsync(path);

        Assert.Contains("<head>\n" + DashboardPages.SharedHead + "\n<title>", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<script src=\"/common.js\""));
        Assert.DoesNotContain(DashboardPages.SharedHeadMarker, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_that_is_no_page_is_not_found() =>
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await app.Client.GetAsync("/no-such-page")).StatusCode);
}
