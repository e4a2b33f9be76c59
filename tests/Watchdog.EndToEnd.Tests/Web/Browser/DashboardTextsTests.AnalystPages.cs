using System.Text.Json;

namespace Watchdog.EndToEnd.Tests.Web.Browser;

/// <summary>
/// The analyst's pages (sources, watchlists, queries, alerts, article): each page's own text files have the same texts
/// in every language with the plural forms it needs, and every text the page or its scripts name exists in the shared
/// file or the page's own.
/// </summary>
public sealed partial class DashboardTextsTests
{
    private static readonly string[] AnalystPageNames = ["sources", "watchlists", "queries", "alerts", "article"];

    public static TheoryData<string> AnalystPages => new(AnalystPageNames);

    public static TheoryData<string, string, string[]> AnalystPageLanguages()
    {
        var data = new TheoryData<string, string, string[]>();
        foreach (var page in AnalystPageNames)
        {
            foreach (var row in PluralForms) data.Add(page, (string)row[0], (string[])row[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AnalystPageLanguages))]
    public async Task Each_analyst_page_has_its_own_texts_in_every_language(string page, string language, string[] forms)
    {
        var english = await PageTextsAsync(page, "en");
        var texts = await PageTextsAsync(page, language);

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(), texts.Keys.Order());
        foreach (var (key, text) in texts)
        {
            if (text.ValueKind == JsonValueKind.Object)
                Assert.All(forms, form => Assert.True(text.TryGetProperty(form, out _), $"{page}.{language}: {key} lacks the '{form}' form"));
            else
                Assert.False(string.IsNullOrWhiteSpace(text.GetString()), $"{page}.{language}: {key} is empty");
        }
    }

    [Theory]
    [MemberData(nameof(AnalystPages))]
    public async Task Every_text_an_analyst_page_and_its_scripts_name_exists(string page)
    {
        var known = new HashSet<string>((await TextsAsync("en")).Keys.Concat((await PageTextsAsync(page, "en")).Keys), StringComparer.Ordinal);
        var html = await app.Client.GetStringAsync($"/{page}");
        Assert.Contains($"data-page=\"{page}\"", html, StringComparison.Ordinal);

        var named = TextReference().Matches(html).Select(m => (Where: $"{page}.html", Key: m.Groups["key"].Value)).ToList();
        foreach (var script in ScriptReference().Matches(html).Select(m => m.Groups["path"].Value))
        {
            var code = await app.Client.GetStringAsync(script);
            named.AddRange(ScriptTextReference().Matches(code).Concat(TextReference().Matches(code)).Select(m => (Where: script, Key: m.Groups["key"].Value)));
        }
        Assert.NotEmpty(named);
        Assert.All(named, n => Assert.True(known.Contains(n.Key), $"{n.Where} names '{n.Key}', which neither en.json nor {page}.en.json has"));
    }

    private async Task<Dictionary<string, JsonElement>> PageTextsAsync(string page, string language) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(await app.Client.GetStringAsync($"/i18n/{page}.{language}.json"))
        ?? throw new InvalidOperationException($"/i18n/{page}.{language}.json is empty");
}
