namespace Watchdog.Analysis.Morphology.Kazakh;

/// <summary>The sound classes Kazakh suffixes agree with: vowel harmony and the voicing of the stem's last sound.</summary>
internal static class KazakhPhonology
{
    private const string BackVowels = "аоұы";
    private const string FrontVowels = "әеөүі";
    // и, у, ю, я, э are written in both series (and in Russian loanwords), so they decide nothing.
    private const string NeutralVowels = "иуюяэё";
    private const string Sonorants = "лрйуwзж";
    private const string Nasals = "мнң";
    // б в г д devoice at the end of a word (клуб → клубта), so they take the voiceless suffixes too.
    private const string Voiceless = "кқпстфхцчшщһбвгд";

    public static bool IsVowel(char c) => BackVowels.Contains(c, StringComparison.Ordinal) || FrontVowels.Contains(c, StringComparison.Ordinal) || NeutralVowels.Contains(c, StringComparison.Ordinal);

    public static bool IsBackVowel(char c) => BackVowels.Contains(c, StringComparison.Ordinal);

    public static bool IsFrontVowel(char c) => FrontVowels.Contains(c, StringComparison.Ordinal);

    public static bool IsNasal(char c) => Nasals.Contains(c, StringComparison.Ordinal);

    public static bool IsSonorant(char c) => Sonorants.Contains(c, StringComparison.Ordinal);

    public static bool IsVoiceless(char c) => Voiceless.Contains(c, StringComparison.Ordinal);

    /// <summary>The locative of a noun as Kazakh phonology spells it: Өскемен → Өскеменде, Алматы → Алматыда, Шымкент → Шымкентте.</summary>
    public static string Locative(string word)
    {
        if (word.Length == 0) return word;
        var last = char.ToLowerInvariant(word[^1]);
        var front = false;
        for (var i = word.Length - 1; i >= 0; i--)
        {
            var c = char.ToLowerInvariant(word[i]);
            if (IsBackVowel(c) || IsFrontVowel(c))
            {
                front = IsFrontVowel(c);
                break;
            }
        }
        var consonant = !IsVowel(last) && IsVoiceless(last) ? 'т' : 'д';
        return word + consonant + (front ? 'е' : 'а');
    }

    /// <summary>
    /// A suffix agrees with a stem unless its vowels are of the other series than the stem's last vowel.
    /// Stems whose last telling vowel is neutral (mostly loanwords: министр, университет) take either.
    /// </summary>
    public static bool Harmonizes(ReadOnlySpan<char> stem, string suffix)
    {
        var suffixVowel = FirstTellingVowel(suffix);
        if (suffixVowel == default) return true;
        var lastVowel = true;
        for (var i = stem.Length - 1; i >= 0; i--)
        {
            // е is front as a stem's last vowel (Шымкентте, университеттің), except in the Russian surname suffixes -ев/-ов
            // (Назарбаевтың, Есімовке) and before another vowel in loanwords (Кореяға): there the vowel before it decides.
            if ((stem[i] == 'е' && !lastVowel) || (stem[i] is 'е' or 'о' && IsSurnameSuffix(stem, i)))
            {
                lastVowel = false;
                continue;
            }
            if (IsVowel(stem[i])) lastVowel = false;
            if (IsBackVowel(stem[i])) return IsBackVowel(suffixVowel);
            if (IsFrontVowel(stem[i])) return IsFrontVowel(suffixVowel);
        }
        return true;
    }

    private static char FirstTellingVowel(string suffix)
    {
        foreach (var c in suffix)
        {
            if (IsBackVowel(c) || IsFrontVowel(c)) return c;
        }
        return default;
    }

    private static bool IsSurnameSuffix(ReadOnlySpan<char> stem, int i) => i == stem.Length - 2 && stem[^1] == 'в';
}
