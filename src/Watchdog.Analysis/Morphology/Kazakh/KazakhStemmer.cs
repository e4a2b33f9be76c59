namespace Watchdog.Analysis.Morphology.Kazakh;

/// <summary>
/// Strips Kazakh noun inflection — case, then possessive, then plural, at most one suffix of each — so that
/// Алматы, Алматыда, Алматыдан, Алматыға share one key. A suffix is removed only when its variant is the
/// one Kazakh phonology would pick after the remaining stem (vowel harmony, voicing) and a stem of at least
/// <see cref="MinStemLength"/> letters with a vowel remains. Limits are listed in README.md beside this file.
/// </summary>
public static class KazakhStemmer
{
    /// <summary>Kazakh roots are rarely shorter than two letters (үй, ел, су); shorter leftovers mean the "suffix" was part of the root.</summary>
    public const int MinStemLength = 2;

    /// <summary>
    /// Two-letter roots start with a vowel (үй, ел, ат, ой, іс) or end in the glides у/й (су, ту); a consonant-vowel
    /// leftover (та-, қа-, жа-, до-) means the "suffix" took the root's last letter: тасы is тас+ы, not та+сы, and тамыз,
    /// қаны, доңыз are not та, қа, до with an ending.
    /// </summary>
    private const string TwoLetterRootEnds = "уй";

    /// <summary>
    /// Word endings that look like suffixes but belong to the root in very common words: -стан place names
    /// (Қазақстан, Өзбекстан — -тан looks like the ablative), орда (Ақорда — -да looks like the locative).
    /// </summary>
    private static readonly string[] ProtectedEndings = ["стан", "орда"];

    /// <summary>Groups the suffix table by slot, longest first, so that the longest agreeing suffix wins.</summary>
    private static readonly Dictionary<SuffixSlot, KazakhSuffix[]> BySlot = KazakhSuffixes.All
        .GroupBy(suffix => suffix.Slot)
        .ToDictionary(group => group.Key, group => group.OrderByDescending(suffix => suffix.Text.Length).ToArray());

    /// <param name="word">A lower-case word (as produced by <see cref="Text.WordNormalizer"/>).</param>
    public static string Stem(string word)
    {
        // Kazakh written in the Latin alphabet (Qazaqstannyñ) is stemmed in Cyrillic, so both scripts share keys.
        if (Transliteration.Cyrillizer.LooksKazakhLatin(word)) word = Transliteration.Cyrillizer.ToCyrillic(word);
        if (!IsCyrillicWord(word)) return word;
        // Slots are stripped by length, so a word makes one string (its stem), not one per suffix removed.
        var length = word.Length;
        foreach (var slot in KazakhSuffixes.StripOrder) length = LengthWithout(word.AsSpan(0, length), slot);
        return Prefix(word, length);
    }

    /// <summary>Removes a case ending only (names take case endings but keep their own shape).</summary>
    public static string StripCase(string word) => IsCyrillicWord(word) ? Prefix(word, LengthWithout(word, SuffixSlot.Case)) : word;

    private static string Prefix(string word, int length) => length == word.Length ? word : word[..length];

    /// <summary>The length of <paramref name="word"/> once the longest agreeing suffix of the slot is removed.</summary>
    private static int LengthWithout(ReadOnlySpan<char> word, SuffixSlot slot)
    {
        foreach (var candidate in BySlot[slot])
        {
            if (CanStrip(word, candidate)) return word.Length - candidate.Text.Length;
        }
        return word.Length;
    }

    private static bool CanStrip(ReadOnlySpan<char> word, KazakhSuffix suffix)
    {
        if (!word.EndsWith(suffix.Text, StringComparison.Ordinal)) return false;
        var stem = word[..^suffix.Text.Length];
        if (stem.Length < MinStemLength || !HasVowel(stem) || !IsPlausibleTwoLetterRoot(stem)) return false;
        if (CutsProtectedEnding(word, suffix.Text.Length)) return false;
        if (suffix.FollowsHarmony && !KazakhPhonology.Harmonizes(stem, suffix.Text)) return false;
        return StemEndAgrees(stem, suffix.After);
    }

    private static bool IsPlausibleTwoLetterRoot(ReadOnlySpan<char> stem) =>
        stem.Length != 2 || KazakhPhonology.IsVowel(stem[0]) || TwoLetterRootEnds.Contains(stem[1], StringComparison.Ordinal);

    private static bool CutsProtectedEnding(ReadOnlySpan<char> word, int suffixLength)
    {
        foreach (var ending in ProtectedEndings)
        {
            if (suffixLength < ending.Length && word.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool StemEndAgrees(ReadOnlySpan<char> stem, StemEnd required)
    {
        var last = stem[^1];
        var vowel = KazakhPhonology.IsVowel(last);
        return required switch
        {
            StemEnd.Any => true,
            StemEnd.Vowel => vowel,
            StemEnd.Consonant => !vowel,
            StemEnd.VowelOrVoiced => vowel || KazakhPhonology.IsSonorant(last) || KazakhPhonology.IsNasal(last),
            StemEnd.VowelOrRyu => vowel || last is 'р' or 'й' or 'у',
            StemEnd.VowelOrSonorant => vowel || KazakhPhonology.IsSonorant(last),
            StemEnd.VoicedConsonant => KazakhPhonology.IsSonorant(last) || KazakhPhonology.IsNasal(last),
            StemEnd.Sonorant => KazakhPhonology.IsSonorant(last),
            StemEnd.Nasal => KazakhPhonology.IsNasal(last),
            StemEnd.VowelOrNasal => vowel || KazakhPhonology.IsNasal(last),
            StemEnd.Voiceless => KazakhPhonology.IsVoiceless(last),
            StemEnd.LmnZh => last is 'л' or 'м' or 'н' or 'ң' or 'з' or 'ж',
            StemEnd.ThirdPersonPossessive => last is 'ы' or 'і',
            _ => false,
        };
    }

    private static bool HasVowel(ReadOnlySpan<char> stem)
    {
        foreach (var c in stem)
        {
            if (KazakhPhonology.IsVowel(c)) return true;
        }
        return false;
    }

    private static bool IsCyrillicWord(string word)
    {
        foreach (var c in word)
        {
            if (!Text.ScriptLookalikes.IsCyrillic(c) && c != '\'' && !char.IsDigit(c)) return false;
        }
        return word.Length > 0;
    }
}
