using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Morphology.Names;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Entities;

/// <summary>
/// The counting keys of names: a person's words through <see cref="NameNormalizer"/> (surnames) or the stemmer (first
/// names), an organisation's through the stemmer, with Kazakh letters folded to their Russian neighbours so Токаев and
/// Тоқаев meet. A place's key is its gazetteer key (see <see cref="LocationGazetteer"/>).
/// </summary>
public static class EntityKeys
{
    private static readonly Dictionary<char, char> KazakhToRussian = new()
    {
        ['қ'] = 'к', ['ғ'] = 'г', ['ң'] = 'н', ['ү'] = 'у', ['ұ'] = 'у', ['ө'] = 'о', ['ә'] = 'а', ['і'] = 'и', ['һ'] = 'х',
    };

    internal static string Person(IEnumerable<Word> words, string language) =>
        string.Join(' ', words.Where(w => !w.IsInitial).Select(w => Fold(PersonWord(w, language))));

    internal static string Organization(IEnumerable<Word> words, string language) =>
        string.Join(' ', words.Select(w => Normalizer.Stem(w.Normal, w.IsLatin ? LanguageCodes.English : language)));

    /// <summary>
    /// Whether a mention is written in its base form, to prefer it for display: a person's name with no surname ending
    /// to remove (Токаев, not Токаеву or Тоқаевтың), a place as the gazetteer spells it (Алматы, not Алматыда).
    /// Organisation names cannot be told apart this way and always count as base forms.
    /// </summary>
    public static bool IsBaseForm(EntityKind kind, string surface) => kind switch
    {
        EntityKind.Person => Tokenizer.Words(surface).All(word => NameNormalizer.Normalize(word) == word),
        EntityKind.Location => LocationGazetteer.IsListedSpelling([.. Tokenizer.Words(surface)]),
        _ => true,
    };

    // A surname's key comes from NameNormalizer (which never cuts Ахметов down to Ахмет); other name words are stemmed,
    // so a Russian first name's cases (Касым-Жомарта, Марии) meet its nominative.
    private static string PersonWord(Word w, string language)
    {
        var name = NameNormalizer.Normalize(w.Normal);
        if (name != w.Normal || PersonNames.HasSurnameEnding(w)) return name;
        return Normalizer.Stem(w.Normal, w.IsLatin ? LanguageCodes.English : language);
    }

    private static string Fold(string key) => string.Concat(key.Select(c => KazakhToRussian.GetValueOrDefault(c, c)));
}
