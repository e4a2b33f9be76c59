using System.Globalization;

namespace Watchdog.Core.Localization;

/// <summary>The languages people read Watchdog's reports, charts, e-mails and dashboard in.</summary>
public enum UiLanguage { En, Ru, Kk }

/// <summary>Codes, parsing and Accept-Language negotiation for <see cref="UiLanguage"/>.</summary>
public static class UiLanguages
{
    public static IReadOnlyList<UiLanguage> All { get; } = Enum.GetValues<UiLanguage>();

    /// <summary>The ISO 639-1 code: en, ru, kk.</summary>
    public static string Code(this UiLanguage language) => language switch
    {
        UiLanguage.Ru => "ru",
        UiLanguage.Kk => "kk",
        _ => "en",
    };

    /// <summary>A language tag such as "ru", "RU", "ru-RU" or "kk-KZ" (only the primary subtag counts).</summary>
    public static bool TryParse(string? tag, out UiLanguage language)
    {
        var primary = (tag ?? "").Trim().Split('-', '_')[0].ToLowerInvariant();
        foreach (var candidate in All)
        {
            if (candidate.Code() == primary)
            {
                language = candidate;
                return true;
            }
        }
        language = UiLanguage.En;
        return false;
    }

    /// <summary>
    /// The supported language an Accept-Language header prefers most ("kk-KZ,kk;q=0.9,ru;q=0.8" → kk), or null when it
    /// names none of them. Ranges with q=0 are refused, "*" is not a choice.
    /// </summary>
    public static UiLanguage? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        var best = (Language: (UiLanguage?)null, Quality: 0.0);
        foreach (var range in header.Split(','))
        {
            var parts = range.Split(';');
            if (!TryParse(parts[0], out var language)) continue;
            var quality = 1.0;
            foreach (var parameter in parts.Skip(1))
            {
                var p = parameter.Trim();
                if (p.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(p.AsSpan(2), NumberStyles.Float, CultureInfo.InvariantCulture, out var q)) quality = q;
            }
            // The first range of the highest quality wins, as the header lists them in order of preference.
            if (quality > best.Quality) best = (language, quality);
        }
        return best.Language;
    }
}
