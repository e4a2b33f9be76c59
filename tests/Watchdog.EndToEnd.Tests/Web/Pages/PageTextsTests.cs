using System.Net;
using System.Text.Json;
using Watchdog.EndToEnd.Tests.Web.Browser;

namespace Watchdog.EndToEnd.Tests.Web.Pages;

/// <summary>
/// Each page's own text files (<c>/i18n/&lt;page&gt;.{en,ru,kk}.json</c>) as the app serves them: every language has
/// the texts English has, and every text the page or its scripts name exists in the shared or the page's texts.
/// </summary>
public sealed class PageTextsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly string[] Languages = ["en", "ru", "kk"];

    public static TheoryData<string> PagesWithTexts()
    {
        var data = new TheoryData<string>();
        foreach (var page in DashboardPageList.Names().Where(p => p != "index")) data.Add(page);
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesWithTexts))]
    public async Task Each_language_has_every_text_of_the_page(string page)
    {
        var english = await TextsAsync($"/i18n/{page}.en.json");
        Assert.NotEmpty(english);
        foreach (var language in Languages.Skip(1))
        {
            var texts = await TextsAsync($"/i18n/{page}.{language}.json");
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), texts.Keys.Order(StringComparer.Ordinal));
            Assert.All(texts, entry => Assert.True(entry.Value.ValueKind == JsonValueKind.Object || !string.IsNullOrWhiteSpace(entry.Value.GetString()), $"{page}.{language}: {entry.Key} is empty"));
        }
    }

    [Theory]
    [MemberData(nameof(PagesWithTexts))]
    public async Task Every_text_the_page_and_its_scripts_name_exists(string page)
    {
        var known = (await TextsAsync("/i18n/en.json")).Keys.Concat((await TextsAsync($"/i18n/{page}.en.json")).Keys).ToHashSet(StringComparer.Ordinal);
        var html = await app.Client.GetStringAsync($"/{page}");
        var sources = new List<(string Name, string Text)> { ($"{page}.html", html) };
        foreach (var script in DashboardTextsTests.ScriptReference().Matches(html).Select(m => m.Groups["path"].Value))
            sources.Add((script, await app.Client.GetStringAsync(script)));

        foreach (var (name, text) in sources)
        {
            foreach (var key in DashboardTextsTests.TextReference().Matches(text).Concat(DashboardTextsTests.ScriptTextReference().Matches(text)).Select(m => m.Groups["key"].Value))
                Assert.True(known.Contains(key), $"{name} names '{key}', which neither en.json nor {page}.en.json has");
        }
    }

    private async Task<Dictionary<string, JsonElement>> TextsAsync(string path)
    {
        using var response = await app.Client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(await response.Content.ReadAsStringAsync()) ?? [];
    }
}
