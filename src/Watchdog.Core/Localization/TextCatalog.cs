using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Watchdog.Core.Localization;

/// <summary>
/// Texts of one part of Watchdog in each <see cref="UiLanguage"/>, read from JSON resource files embedded in its assembly
/// (<c>{prefix}en.json</c>, <c>ru.json</c>, <c>kk.json</c>) in the dashboard's format: flat keys, <c>{name}</c>
/// placeholders, and plural forms as an object of CLDR categories (<c>{"one": "{count} статья", "few": …, "many": …}</c>).
/// A key missing in a language falls back to English; a key missing in English shows itself, so a gap is visible.
/// </summary>
public sealed class TextCatalog
{
    private readonly Dictionary<UiLanguage, Dictionary<string, JsonElement>> _texts;

    private TextCatalog(Dictionary<UiLanguage, Dictionary<string, JsonElement>> texts) => _texts = texts;

    /// <exception cref="InvalidOperationException">The English file is missing (a build mistake, not a user's).</exception>
    public static TextCatalog FromEmbeddedJson(Assembly assembly, string resourcePrefix)
    {
        var texts = new Dictionary<UiLanguage, Dictionary<string, JsonElement>>();
        foreach (var language in UiLanguages.All)
        {
            using var stream = assembly.GetManifestResourceStream($"{resourcePrefix}{language.Code()}.json");
            if (stream is null)
            {
                if (language == UiLanguage.En) throw new InvalidOperationException($"No resource {resourcePrefix}en.json in {assembly.GetName().Name}.");
                continue;
            }
            using var json = JsonDocument.Parse(stream);
            texts[language] = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        }
        return new TextCatalog(texts);
    }

    /// <summary>The keys of a language's file, to check that every language has every text.</summary>
    public IReadOnlyCollection<string> Keys(UiLanguage language) => _texts.TryGetValue(language, out var t) ? t.Keys : [];

    /// <summary>The text of <paramref name="key"/> with its placeholders filled.</summary>
    public string Get(UiLanguage language, string key, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = Lookup(language, key) is { ValueKind: JsonValueKind.String } found ? found.GetString()! : key;
        return Fill(text, values);
    }

    /// <summary>The plural form of <paramref name="key"/> for <paramref name="count"/>; <c>{count}</c> becomes <paramref name="countText"/>.</summary>
    public string Plural(UiLanguage language, string key, long count, string countText)
    {
        var category = PluralRules.Category(language, count);
        var form = Lookup(language, key) is { ValueKind: JsonValueKind.Object } forms
            ? (forms.TryGetProperty(category, out var f) ? f : forms.TryGetProperty("other", out var other) ? other : default)
            : default;
        var text = form.ValueKind == JsonValueKind.String ? form.GetString()! : key;
        return Fill(text, [("count", countText)]);
    }

    private JsonElement? Lookup(UiLanguage language, string key) =>
        _texts.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var value) ? value
        : _texts[UiLanguage.En].TryGetValue(key, out var english) ? english
        : null;

    private static string Fill(string text, ReadOnlySpan<(string Name, string Value)> values)
    {
        if (values.IsEmpty || !text.Contains('{', StringComparison.Ordinal)) return text;
        var filled = new StringBuilder(text);
        foreach (var (name, value) in values) filled.Replace("{" + name + "}", value);
        return filled.ToString();
    }
}
