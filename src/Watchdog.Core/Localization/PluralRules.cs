namespace Watchdog.Core.Localization;

/// <summary>CLDR plural categories for counts ("one", "few", "many", "other"), as the dashboard's resource files use them.</summary>
public static class PluralRules
{
    public static string Category(UiLanguage language, long count)
    {
        var n = Math.Abs(count);
        return language switch
        {
            // Russian: 1, 21, 31 статья; 2–4, 22–24 статьи; 0, 5–20, 25 статей.
            UiLanguage.Ru when n % 10 == 1 && n % 100 != 11 => "one",
            UiLanguage.Ru when n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 => "few",
            UiLanguage.Ru => "many",
            // English and Kazakh: one for 1, other for the rest (Kazakh nouns stay singular after a numeral).
            _ => n == 1 ? "one" : "other",
        };
    }
}
