using System.Text.RegularExpressions;
using Watchdog.Analysis.Morphology.Kazakh;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Morphology.Names;

/// <summary>
/// The key of one word of a person's name. Only name inflection is removed — Russian surname endings and
/// Kazakh case endings on surnames — so Назарбаева, Назарбаеву, Назарбаевым, Назарбаевтың all give
/// назарбаев, while the name is never cut down to a shorter, unrelated word (Ахметов stays apart from Ахмет).
/// </summary>
public static partial class NameNormalizer
{
    // The matcher asks for the name key of every word of every article, not only of names.
    private static readonly WordKeyCache Keys = new(ComputeKey);

    public static string Normalize(string nameWord) => Keys.KeyOf(nameWord);

    /// <param name="nameWord">One word of a name, as written or normalised.</param>
    /// <param name="remember">False when the caller remembers the key itself (see <see cref="WordKeyCache.KeyOf(string, bool)"/>).</param>
    public static string Normalize(string nameWord, bool remember) => Keys.KeyOf(nameWord, remember);

    private static string ComputeKey(string nameWord)
    {
        // The normal form is a step here, not a result: it is not remembered apart from the key.
        var word = EnglishPossessive.Strip(WordNormalizer.Normalize(nameWord, remember: false));
        // Most words of an article are no surname: the cheap ending checks below rule them out before any regex runs.
        if (!SurnameEndings.MayHoldSurnameSuffix(word)) return word;
        word = StripKazakhCaseFromSurname(word);
        if (SurnameEndings.MayBePossessive(word))
        {
            var possessive = PossessiveSurname().Match(word);
            if (possessive.Success) return possessive.Groups["base"].Value;
        }
        if (SurnameEndings.MayBeAdjectival(word))
        {
            var adjectival = AdjectivalSurname().Match(word);
            if (adjectival.Success) return adjectival.Groups["base"].Value + "ий";
        }
        return word;
    }

    /// <summary>Whether two written forms are the same name word, inflection aside.</summary>
    public static bool SameName(string a, string b) => Normalize(a) == Normalize(b);

    // Kazakh puts case endings on the Russian-type surname itself: Назарбаевтың, Назарбаеваға.
    private static string StripKazakhCaseFromSurname(string word)
    {
        var stem = KazakhStemmer.StripCase(word);
        return stem != word && ((SurnameEndings.MayBePossessive(stem) && PossessiveSurname().IsMatch(stem)) ||
                                (SurnameEndings.MayBeAdjectival(stem) && AdjectivalSurname().IsMatch(stem))) ? stem : word;
    }

    // -ов/-ев/-ёв/-ин/-ын surnames (SurnameEndings.Possessive mirrors the alternatives: keep them in step): masculine and feminine forms of every case, and plurals. The base keeps
    // two letters or more before -ов/-ин, so that short common words are left alone.
    [GeneratedRegex(@"^(?<base>\w{2,}(?:ов|ев|ин|ын))(?:а|у|ым|ом|е|ой|ою|ых|ыми|ы)?$")]
    private static partial Regex PossessiveSurname();

    // -ский/-цкий/-ской surnames (and feminine -ская), declined like adjectives (mirrored in SurnameEndings.Adjectival).
    [GeneratedRegex(@"^(?<base>\w{2,}(?:ск|цк))(?:ий|ой|ого|ому|им|ом|ая|ую|ие|их|ими)$")]
    private static partial Regex AdjectivalSurname();
}
