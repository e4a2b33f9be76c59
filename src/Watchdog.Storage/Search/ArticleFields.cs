namespace Watchdog.Storage.Search;

/// <summary>
/// Field names of an article in the Lucene index. Title and text are indexed per language (title_ru, text_kk, …) so
/// each is analysed, and queried, with its own language's analyzer.
/// </summary>
public static class ArticleFields
{
    public const string Id = "id";
    public const string Source = "source";
    public const string Language = "lang";
    public const string Tags = "tags";
    public const string Url = "url";
    /// <summary>The article's tone label; absent when untagged (documents indexed before tone existed have none).</summary>
    public const string Tone = "tone";
    /// <summary>What <c>source:</c> looks up: host, its parent domains, site name and source id (see <see cref="ArticleSourceNames"/>).</summary>
    public const string SourceNames = "source_names";
    /// <summary>Published date, or fetched date when the page gave none, in Unix ms: range filters (indexed numeric).</summary>
    public const string Date = "published";
    /// <summary>Same value as <see cref="Date"/> as doc values, for sorting newest first.</summary>
    public const string DateSort = "published_sort";
    /// <summary>The page's own published date when it had one (stored only).</summary>
    public const string PublishedAt = "published_at";

    public const string Title = "title";
    public const string Text = "text";

    /// <summary>Languages with their own analysed fields; any other language is indexed under <see cref="OtherLanguage"/>.</summary>
    public static IReadOnlyList<string> IndexedLanguages { get; } = ["ru", "kk", "en"];
    public const string OtherLanguage = "und";

    public static IReadOnlyList<string> AllLanguageKeys { get; } = [.. IndexedLanguages, OtherLanguage];

    public static string LanguageKey(string? language)
    {
        var code = language?.Trim().ToLowerInvariant() ?? "";
        return IndexedLanguages.Contains(code) ? code : OtherLanguage;
    }

    public static string TitleFor(string languageKey) => $"{Title}_{languageKey}";

    public static string TextFor(string languageKey) => $"{Text}_{languageKey}";

    /// <returns>The language key of a per-language field (text_ru → ru), or null for any other field.</returns>
    public static string? LanguageKeyOf(string field)
    {
        var underscore = field.LastIndexOf('_');
        if (underscore < 0) return null;
        var prefix = field[..underscore];
        var key = field[(underscore + 1)..];
        return prefix is Title or Text && AllLanguageKeys.Contains(key) ? key : null;
    }
}
