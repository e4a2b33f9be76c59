namespace Watchdog.Analysis.Transliteration;

/// <summary>The romanisations names are actually found under in the press, in passports and in Kazakhstan.</summary>
public static class RomanizationSchemes
{
    // Russian letters shared by all the English-oriented schemes; each scheme overrides where it differs.
    private static readonly Dictionary<char, string> RussianCommon = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya",
        // Kazakh letters in names written the Russian way (Тоқаев → Tokayev).
        ['ә'] = "a", ['ғ'] = "g", ['қ'] = "k", ['ң'] = "n", ['ө'] = "o", ['ұ'] = "u", ['ү'] = "u", ['һ'] = "h", ['і'] = "i",
        // Ukrainian and Belarusian letters, so that their names romanise too.
        ['є'] = "ye", ['ї'] = "yi", ['ґ'] = "g", ['ў'] = "w",
    };

    /// <summary>BGN/PCGN as English-language media use it, without the apostrophes for ъ/ь: Nazarbayev, Dostoyevskiy.</summary>
    public static RomanizationScheme BgnPcgn { get; } = new("bgn-pcgn", RussianCommon, IotatedE: "ye", FinalIy: "iy");

    /// <summary>The simplified press spelling: е is always e, -ий is -y (Nazarbaev, Dostoevsky).</summary>
    public static RomanizationScheme Press { get; } = new("press", RussianCommon, IotatedE: null, FinalIy: "y");

    /// <summary>Russian passports since 2013 (ICAO Doc 9303): й → i, ю → iu, я → ia, ъ → ie.</summary>
    public static RomanizationScheme Passport { get; } = new("icao", With(RussianCommon, new()
    {
        ['ё'] = "e", ['й'] = "i", ['ъ'] = "ie", ['ю'] = "iu", ['я'] = "ia",
    }), IotatedE: null, FinalIy: null);

    /// <summary>Kazakh Latin alphabet of 2021 (ä ğ q ñ ö ū ü ı ş; и and й → i; і → ı).</summary>
    public static RomanizationScheme KazakhLatin2021 { get; } = new("kk-latn-2021", With(RussianCommon, new()
    {
        ['ә'] = "ä", ['ғ'] = "ğ", ['қ'] = "q", ['ң'] = "ñ", ['ө'] = "ö", ['ұ'] = "ū", ['ү'] = "ü", ['һ'] = "h",
        ['і'] = "ı", ['и'] = "i", ['й'] = "i", ['ж'] = "j", ['х'] = "h", ['ш'] = "ş", ['щ'] = "şş", ['ч'] = "ch",
        ['ё'] = "io", ['ю'] = "iu", ['я'] = "ia", ['ы'] = "y",
    }), IotatedE: null, FinalIy: null);

    public static IReadOnlyList<RomanizationScheme> All { get; } = [BgnPcgn, Press, Passport, KazakhLatin2021];

    private static Dictionary<char, string> With(Dictionary<char, string> common, Dictionary<char, string> overrides)
    {
        var letters = new Dictionary<char, string>(common);
        foreach (var (letter, latin) in overrides) letters[letter] = latin;
        return letters;
    }
}
