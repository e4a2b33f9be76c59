using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Morphology.Names;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Entities;

/// <summary>
/// The counting keys of names, so that what is one name counts once whatever its case, script or romanisation:
/// 1. inflection is removed in the text's language: a surname by <see cref="NameNormalizer"/> (Токаева, Тоқаевтың →
///    Токаев; never Ахметов → Ахмет), other words by the stemmer (Министерства → министерств, Алматыда → алматы);
/// 2. every word is folded across scripts by <see cref="NameKeyFolding"/> (Tokayev = Токаев = Тоқаев → tokaev);
/// 3. a person's key is their surname with the first letter of their first name (k tokaev): first names decline
///    and romanise too unevenly to key on whole, and a surname alone would join Назарбаев and Назарбаева; a surname
///    written alone gets the full key of the one person of that surname in the same text or period, when there is one;
/// 4. a place the gazetteer knows keys on its English name (Алматы, Almaty, Алматыда → almaty).
/// </summary>
public static class EntityKeys
{
    public static string Person(IReadOnlyList<string> words, string language)
    {
        var names = words.Where(w => w.Any(char.IsLetter) && !PersonNames.IsPatronymic(WordNormalizer.Normalize(w))).ToList();
        if (names.Count == 0) return "";
        var surnameAt = SurnameIndex(names);
        var surname = NameKeyFolding.Fold(SurnameBase(names[surnameAt], language));
        var first = names.Where((_, i) => i != surnameAt).FirstOrDefault();
        return first is null ? surname : NameKeyFolding.Fold(WordNormalizer.Normalize(first))[..1] + " " + surname;
    }

    public static string Organization(IReadOnlyList<string> words, string language) =>
        string.Join(' ', words.Where(w => w.Any(char.IsLetterOrDigit)).Select(w => NameKeyFolding.Fold(Stem(w, language))));

    public static string Location(IReadOnlyList<string> words, string language)
    {
        var normals = words.Where(w => w.Any(char.IsLetterOrDigit)).Select(WordNormalizer.Normalize).ToList();
        return LocationGazetteer.Find(normals, language) ?? Organization(words, language);
    }

    public static string Of(EntityKind kind, IReadOnlyList<string> words, string language) => kind switch
    {
        EntityKind.Person => Person(words, language),
        EntityKind.Organization => Organization(words, language),
        _ => Location(words, language),
    };

    /// <summary>
    /// Whether a mention is written in its base form, to prefer it for display: a person's name with no surname ending
    /// to remove (Токаев, not Токаеву or Тоқаевтың), a place as the gazetteer spells it (Алматы, not Алматыда).
    /// Organisation names cannot be told apart this way and always count as base forms.
    /// </summary>
    public static bool IsBaseForm(EntityKind kind, string surface) => kind switch
    {
        EntityKind.Person => Tokenizer.Words(surface).All(word => NameNormalizer.Normalize(word) == word && KazakhSurnameCase.Strip(word) == word),
        EntityKind.Location => LocationGazetteer.IsListedSpelling([.. Tokenizer.Words(surface)]),
        _ => true,
    };

    /// <summary>
    /// A person's name with the Kazakh case endings taken off its surname (Бауыржан Есімовке → Бауыржан Есімов), for
    /// display when no base form was written. Russian declension is left alone: its base form may change the gender.
    /// </summary>
    public static string PersonBaseForm(string surface) =>
        string.Join(' ', surface.Split(' ').Select(word =>
        {
            var stripped = KazakhSurnameCase.Strip(WordNormalizer.Normalize(word));
            return stripped.Length < word.Length && word.Length == WordNormalizer.Normalize(word).Length ? word[..stripped.Length] : word;
        }));

    // The surname is the word with a surname's ending (Токаев Касым-Жомарт, as Russian lists write it), else the last.
    private static int SurnameIndex(List<string> names)
    {
        for (var i = names.Count - 1; i >= 0; i--)
            if (PersonNames.HasSurnameEnding(WordNormalizer.Normalize(names[i]))) return i;
        return names.Count - 1;
    }

    // Russian-type surnames through NameNormalizer (which never cuts Ахметов down to Ахмет), with a Kazakh case ending it
    // left on taken off first (Есімовке); others (Байдена, Байденнің) through the stemmer, which takes off the case ending.
    private static string SurnameBase(string word, string language)
    {
        var normal = WordNormalizer.Normalize(word);
        var name = NameNormalizer.Normalize(normal);
        if (name == normal && KazakhSurnameCase.Strip(normal) is var stripped && stripped != normal) name = NameNormalizer.Normalize(stripped);
        if (name == normal && LatinFeminineSurname(normal) is { } masculine) return masculine;
        return name != normal || PersonNames.HasSurnameEnding(normal) ? name : Stem(word, language);
    }

    // Serikova, Nazarbayeva: the feminine form keys as the masculine, as NameNormalizer does for Серикова, Назарбаева.
    private static string? LatinFeminineSurname(string normal) =>
        normal.Length > 5 && normal.All(c => c < 'ʯ') && (normal.EndsWith("ova", StringComparison.Ordinal) || normal.EndsWith("eva", StringComparison.Ordinal)
            || normal.EndsWith("ina", StringComparison.Ordinal)) ? normal[..^1] : null;

    private static string Stem(string word, string language)
    {
        var normal = WordNormalizer.Normalize(word);
        var latin = normal.All(c => c < 'ʯ');
        return Normalizer.Stem(normal, latin ? LanguageCodes.English : language);
    }
}
