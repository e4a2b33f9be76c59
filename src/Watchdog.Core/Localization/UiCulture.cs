using System.Globalization;

namespace Watchdog.Core.Localization;

/// <summary>
/// The culture dates and numbers of a <see cref="UiLanguage"/> are written in. A system without ICU data for it
/// (invariant globalization, a trimmed ICU) gets the invariant culture with <see cref="IsFallback"/> set, so callers
/// write ISO dates instead of English month names in a Russian or Kazakh text.
/// </summary>
public sealed record UiCulture(UiLanguage Language, CultureInfo Culture, bool IsFallback)
{
    private static readonly Dictionary<UiLanguage, UiCulture> Cache = UiLanguages.All.ToDictionary(l => l, Resolve);

    /// <summary>en-GB for English: day before month, like the other two.</summary>
    public static UiCulture Of(UiLanguage language) => Cache[language];

    private static UiCulture Resolve(UiLanguage language)
    {
        var name = language switch
        {
            UiLanguage.Ru => "ru-RU",
            UiLanguage.Kk => "kk-KZ",
            _ => "en-GB",
        };
        try
        {
            var culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            // Without locale data a culture can exist by name yet carry the invariant month names.
            var hasData = language == UiLanguage.En
                || culture.DateTimeFormat.MonthNames[0] != CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[0];
            return new UiCulture(language, hasData ? culture : CultureInfo.InvariantCulture, !hasData);
        }
        catch (CultureNotFoundException)
        {
            return new UiCulture(language, CultureInfo.InvariantCulture, IsFallback: true);
        }
    }
}
