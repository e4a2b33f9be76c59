using System.Text.Json;
using System.Text.RegularExpressions;

namespace Watchdog.EndToEnd.Tests.Web.Browser;

/// <summary>
/// The dashboard's text files as the app serves them: each language has every text English has (nothing falls back
/// silently), plural texts have the forms their language needs, and every text the page names exists.
/// </summary>
public sealed partial class DashboardTextsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    /// <summary>The CLDR plural categories the dashboard's numbers meet in each language.</summary>
    public static TheoryData<string, string[]> PluralForms => new()
    {
        { "en", ["one", "other"] },
        { "ru", ["one", "few", "many", "other"] },
        { "kk", ["one", "other"] },
    };

    [Theory]
    [MemberData(nameof(PluralForms))]
    public async Task Each_language_has_every_text_with_its_plural_forms(string language, string[] forms)
    {
        var english = await TextsAsync("en");
        var texts = await TextsAsync(language);

        Assert.Equal(english.Keys.Order(), texts.Keys.Order());
        foreach (var (key, text) in texts)
        {
            if (text.ValueKind == JsonValueKind.Object)
            {
                Assert.All(forms, form => Assert.True(text.TryGetProperty(form, out _), $"{language}: {key} lacks the '{form}' form"));
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(text.GetString()), $"{language}: {key} is empty");
            }
        }
    }

    [Fact]
    public async Task Every_text_the_page_names_exists()
    {
        var english = await TextsAsync("en");
        var page = await app.Client.GetStringAsync("/");

        var named = TextReference().Matches(page).Select(m => m.Groups["key"].Value).Distinct().ToList();
        Assert.NotEmpty(named);
        Assert.All(named, key => Assert.True(english.ContainsKey(key), $"index.html names '{key}', which en.json lacks"));
    }

    [Fact]
    public async Task Every_text_the_scripts_name_exists()
    {
        var english = await TextsAsync("en");
        var page = await app.Client.GetStringAsync("/");

        foreach (var script in ScriptReference().Matches(page).Select(m => m.Groups["path"].Value))
        {
            var code = await app.Client.GetStringAsync(script);
            var keys = ScriptTextReference().Matches(code).Concat(TextReference().Matches(code)).Select(m => m.Groups["key"].Value);
            foreach (var key in keys)
            {
                Assert.True(english.ContainsKey(key), $"{script} names '{key}', which en.json lacks");
            }
        }
    }

    private async Task<Dictionary<string, JsonElement>> TextsAsync(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(await app.Client.GetStringAsync($"/i18n/{language}.json"))
        ?? throw new InvalidOperationException($"/i18n/{language}.json is empty");

    [GeneratedRegex("data-i18n(?:-[a-z-]+)?=\"(?<key>[^\"]+)\"")]
    internal static partial Regex TextReference();

    [GeneratedRegex("<script src=\"(?<path>[^\"]+)\"")]
    internal static partial Regex ScriptReference();

    /// <summary>A text a script asks for by a fixed name, t("name" …); names built at run time are not covered.</summary>
    [GeneratedRegex("\\bt\\(\"(?<key>[^\"]+)\"")]
    internal static partial Regex ScriptTextReference();
}
