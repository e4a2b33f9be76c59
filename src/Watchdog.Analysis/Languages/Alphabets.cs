namespace Watchdog.Analysis.Languages;

/// <summary>
/// The lower-case letters of each language's standard alphabet (after <see cref="Text.WordNormalizer"/>,
/// so ё is folded to е). Written from the published alphabets, not learned from data.
/// </summary>
internal static class Alphabets
{
    private const string RussianLetters = "абвгдежзийклмнопрстуфхцчшщъыьэюя";
    private const string BasicLatin = "abcdefghijklmnopqrstuvwxyz";

    private static readonly IReadOnlyDictionary<string, string> Letters = new Dictionary<string, string>
    {
        [LanguageCodes.Russian] = RussianLetters,
        [LanguageCodes.Ukrainian] = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        // Belarusian writes an apostrophe where Russian has ъ, and has no и or щ.
        [LanguageCodes.Belarusian] = "абвгдежзійклмнопрстуўфхцчшыьэюя",
        [LanguageCodes.Bulgarian] = "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
        [LanguageCodes.Macedonian] = "абвгдѓежзѕијклљмнњопрстќуфхцчџшѐѝ",
        [LanguageCodes.Serbian] = "абвгдђежзијклљмнњопрстћуфхцчџш",
        [LanguageCodes.Kazakh] = RussianLetters + "әғқңөұүһі",
        [LanguageCodes.Mongolian] = RussianLetters + "өү",
        [LanguageCodes.Kyrgyz] = RussianLetters + "ңөү",
        [LanguageCodes.Tatar] = RussianLetters + "әөүҗңһ",
        [LanguageCodes.Uzbek] = RussianLetters + "ўқғҳ",
        [LanguageCodes.English] = BasicLatin,
        [LanguageCodes.German] = BasicLatin + "äöüß",
        [LanguageCodes.French] = BasicLatin + "àâæçéèêëîïôœùûüÿ",
        [LanguageCodes.Spanish] = BasicLatin + "áéíñóúü",
        // Turkish has no q, w, x; â î û survive in loanwords.
        [LanguageCodes.Turkish] = "abcçdefgğhıijklmnoöprsştuüvyzâîû",
    };

    private static readonly IReadOnlyDictionary<string, HashSet<char>> LetterSets =
        Letters.ToDictionary(pair => pair.Key, pair => pair.Value.ToHashSet());

    /// <summary>
    /// Whether the language's alphabet has every letter of <paramref name="word"/> (its other characters do not count;
    /// false for a language without an alphabet here). Looks without allocating: language identification asks for
    /// every word of an article and every candidate language.
    /// </summary>
    public static bool CanSpell(string language, ReadOnlySpan<char> word)
    {
        if (!LetterSets.TryGetValue(language, out var alphabet)) return false;
        foreach (var c in word)
            if (char.IsLetter(c) && !alphabet.Contains(c)) return false;
        return true;
    }
}
