using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Transliteration;

/// <summary>
/// The spellings a name is found under across scripts: as given; in Cyrillic the Russian way and the Kazakh way
/// (Токаев, Тоқаев; Казахстан, Қазақстан); and each Cyrillic form in every common romanisation (BGN/PCGN, press,
/// passport, the 2021 Kazakh Latin alphabet: Tokayev, Tokaev, Toqaev; Kazakhstan, Kazakstan, Qazaqstan). A search
/// for any of them looks up the keys of all of them, so one spelling finds the others in any inflected form.
/// </summary>
public static partial class NameVariants
{
    /// <summary>
    /// Ways to a Cyrillic spelling, each a guess another text may have made: Latin is written in Cyrillic
    /// (<see cref="Cyrillizer"/>), then spelled the Kazakh or the Russian way; Latin is also read with the habits of
    /// Kazakh names in English and passports (<see cref="ReadKazakhHabits"/>: Kassym-Jomart → Қасым-Жомарт).
    /// </summary>
    private static readonly Func<string, string>[] CyrillicRoutes =
    [
        AsCyrillic,
        word => KazakhRussianSpelling.ToKazakh(AsCyrillic(word)),
        word => KazakhRussianSpelling.ToRussian(AsCyrillic(word)),
        word => KazakhRussianSpelling.ToRussian(AsCyrillic(word), qAsKh: true),
        word => KazakhRussianSpelling.ToKazakh(AsCyrillicWithKazakhHabits(word)),
        word => KazakhRussianSpelling.ToRussian(KazakhRussianSpelling.ToKazakh(AsCyrillicWithKazakhHabits(word))),
    ];

    /// <summary>
    /// Not a spelling but a form, last so that <see cref="SpellingsOf"/> can leave it out: the Kazakh stemmer cuts some
    /// bare names short (Өскемен reads as -мен "with") while their inflected forms keep the name (Өскеменде → өскемен);
    /// the key of the Kazakh locative finds those forms. Cyrillic only: Latin Kazakh is stemmed in Cyrillic.
    /// </summary>
    private static string KazakhLocative(string word) =>
        EachWord(KazakhRussianSpelling.ToKazakh(AsCyrillicWithKazakhHabits(word)), Morphology.Kazakh.KazakhPhonology.Locative);

    /// <summary>
    /// Queries and entity keys repeat the same names (a watchlist in many queries): the spellings of the names met lately
    /// are remembered, a dozen strings each, so ≤ 10 MB.
    /// </summary>
    private const int CacheCapacity = 20_000;

    private static readonly RecentWords<IReadOnlyList<string>> Cache = new(CacheCapacity);

    /// <summary>How many spellings <see cref="Aligned"/> returns for any text.</summary>
    public static int RouteCount { get; } = 1 + CyrillicRoutes.Length * (1 + RomanizationSchemes.All.Count) + 1;

    /// <summary>How many of them are spellings; the last is the Kazakh locative, a form to search by.</summary>
    private static int SpellingCount { get; } = RouteCount - 1;

    /// <summary>The distinct spellings and search forms of a name (one word or several), the name as given first.</summary>
    public static IReadOnlyList<string> Of(string name) => Distinct(name, RouteCount);

    /// <summary>The distinct spellings of a name only, without the form added for search (for aliases and entity keys).</summary>
    public static IReadOnlyList<string> SpellingsOf(string name) => Distinct(name, SpellingCount);

    /// <summary>
    /// One spelling per route, always <see cref="RouteCount"/> of them in the same order (with repeats), so that the
    /// words of a phrase can be spelled alike: the i-th spelling of each word belongs to the i-th spelling of the phrase.
    /// </summary>
    public static IReadOnlyList<string> Aligned(string word)
    {
        if (Cache.TryGet(word, out var cached)) return cached;
        var spellings = new List<string>(RouteCount) { word };
        foreach (var route in CyrillicRoutes)
        {
            var cyrillic = route(word);
            spellings.Add(cyrillic);
            spellings.AddRange(RomanizationSchemes.All.Select(scheme => Romanizer.ToLatin(cyrillic, scheme)));
        }
        spellings.Add(KazakhLocative(word));
        Cache.Remember(word, spellings);
        return spellings;
    }

    private static List<string> Distinct(string name, int routes)
    {
        var trimmed = name.Trim();
        return trimmed.Length == 0 ? [] : [.. Aligned(trimmed).Take(routes).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    private static string EachWord(string text, Func<string, string> change) =>
        Regex.Replace(text, @"\p{L}+", match => change(match.Value));

    private static string AsCyrillic(string text) => IsMostlyCyrillic(text) ? text : Cyrillizer.ToCyrillic(text);

    private static bool IsMostlyCyrillic(string text) =>
        text.Count(ScriptLookalikes.IsCyrillic) >= text.Count(ScriptLookalikes.IsLatin);

    /// <summary>
    /// Latin read as a Kazakh name (<see cref="ReadKazakhHabits"/>), and a final -y after a consonant as ы (Almaty →
    /// Алматы), where a Russian name would have -ий (Dostoevsky → Достоевский).
    /// </summary>
    private static string AsCyrillicWithKazakhHabits(string text)
    {
        if (IsMostlyCyrillic(text)) return text;
        return FinalIy().Replace(AsCyrillic(ReadKazakhHabits(text)), match => match.Value == "ИЙ" ? "Ы" : "ы");
    }

    [GeneratedRegex(@"(?<=\p{L})(ий|ИЙ)\b")]
    private static partial Regex FinalIy();

    /// <summary>
    /// Latin as Kazakh names are written in English and in passports: ss between vowels is one с (Kassym, doubled so it
    /// is not read as z), j is ж (Jomart, Janar — in Russian names j hardly occurs), and i after a vowel before a
    /// consonant or at the end is й (Aidos, Kairat → Айдос, Қайрат; passports write й as i).
    /// </summary>
    private static string ReadKazakhHabits(string text)
    {
        if (IsMostlyCyrillic(text)) return text;
        var chars = new List<char>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var doubled = i + 2 < text.Length && i > 0 && char.ToLowerInvariant(text[i]) == 's' && char.ToLowerInvariant(text[i + 1]) == 's'
                && IsLatinVowel(text[i - 1]) && IsLatinVowel(text[i + 2]);
            if (text[i] is 'j' or 'J' && !Cyrillizer.LooksKazakhLatin(text)) chars.AddRange(text[i] == 'j' ? "zh" : "Zh");
            else if (IsGlideI(text, i)) chars.Add('y');
            else chars.Add(text[i]);
            if (doubled) i++;
        }
        return new string([.. chars]);
    }

    private static bool IsGlideI(string text, int i) =>
        text[i] is 'i' or 'I' && i > 0 && IsLatinVowel(text[i - 1])
        && (i + 1 >= text.Length || !char.IsLetter(text[i + 1]) || !IsLatinVowel(text[i + 1]));

    private static bool IsLatinVowel(char c) => "aeiouyäöüūı".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);
}
