using Lingua;

namespace Watchdog.Analysis.Languages;

/// <summary>ISO 639-1 codes the detector can return, and the Lingua models behind the statistical ones.</summary>
public static class LanguageCodes
{
    public const string Undetermined = "und";

    public const string Russian = "ru";
    public const string Kazakh = "kk";
    public const string English = "en";
    public const string Ukrainian = "uk";
    public const string Belarusian = "be";
    public const string Bulgarian = "bg";
    public const string Macedonian = "mk";
    public const string Serbian = "sr";
    public const string Mongolian = "mn";
    public const string German = "de";
    public const string French = "fr";
    public const string Spanish = "es";
    public const string Turkish = "tr";

    /// <summary>Turkic languages in Cyrillic that Lingua has no models for; found by letters only.</summary>
    public const string Kyrgyz = "ky";
    public const string Tatar = "tt";
    public const string Uzbek = "uz";

    /// <summary>The languages detected statistically, with their Lingua model.</summary>
    public static IReadOnlyDictionary<string, Language> LinguaLanguages { get; } = new Dictionary<string, Language>
    {
        [Russian] = Language.Russian,
        [Kazakh] = Language.Kazakh,
        [English] = Language.English,
        [Ukrainian] = Language.Ukrainian,
        [Belarusian] = Language.Belarusian,
        [Bulgarian] = Language.Bulgarian,
        [Macedonian] = Language.Macedonian,
        [Serbian] = Language.Serbian,
        [Mongolian] = Language.Mongolian,
        [German] = Language.German,
        [French] = Language.French,
        [Spanish] = Language.Spanish,
        [Turkish] = Language.Turkish,
    };

    public static IReadOnlyDictionary<Language, string> ByLinguaLanguage { get; } =
        LinguaLanguages.ToDictionary(pair => pair.Value, pair => pair.Key);

    /// <summary>Every code <see cref="LanguageDetector.Detect"/> may return besides <see cref="Undetermined"/>.</summary>
    public static IReadOnlyList<string> Supported { get; } = [.. LinguaLanguages.Keys, Kyrgyz, Tatar, Uzbek];
}
