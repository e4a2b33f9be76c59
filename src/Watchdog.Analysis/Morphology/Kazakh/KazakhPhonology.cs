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

    public static bool IsVowel(char c) => BackVowels.Contains(c) || FrontVowels.Contains(c) || NeutralVowels.Contains(c);

    public static bool IsBackVowel(char c) => BackVowels.Contains(c);

    public static bool IsFrontVowel(char c) => FrontVowels.Contains(c);

    public static bool IsNasal(char c) => Nasals.Contains(c);

    public static bool IsSonorant(char c) => Sonorants.Contains(c);

    public static bool IsVoiceless(char c) => Voiceless.Contains(c);

    /// <summary>
    /// A suffix agrees with a stem unless its vowels are of the other series than the stem's last vowel.
    /// Stems whose last telling vowel is neutral (mostly loanwords: министр, университет) take either.
    /// </summary>
    public static bool Harmonizes(ReadOnlySpan<char> stem, string suffix)
    {
        var suffixVowel = suffix.FirstOrDefault(c => IsBackVowel(c) || IsFrontVowel(c));
        if (suffixVowel == default) return true;
        for (var i = stem.Length - 1; i >= 0; i--)
        {
            // In loanwords and Russian surnames е goes with back suffixes as often as not (Назарбаевтың),
            // so a stem's е says nothing; the vowel before it decides.
            if (stem[i] == 'е') continue;
            if (IsBackVowel(stem[i])) return IsBackVowel(suffixVowel);
            if (IsFrontVowel(stem[i])) return IsFrontVowel(suffixVowel);
        }
        return true;
    }
}
