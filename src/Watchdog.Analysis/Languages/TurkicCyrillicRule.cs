namespace Watchdog.Analysis.Languages;

/// <summary>
/// Finds Kyrgyz, Tatar and Uzbek written in Cyrillic by their letters, since Lingua has no models for them.
/// Each has a letter Kazakh lacks (Tatar җ, Uzbek ҳ and ў with қ/ғ), or — in longer texts — lacks all of
/// Kazakh's own letters while using Turkic ones (Kyrgyz ң/ө/ү, Tatar ә).
/// </summary>
internal static class TurkicCyrillicRule
{
    /// <summary>
    /// Judging by a missing letter needs enough words: a Kazakh sentence of eight words almost always has one
    /// of і, қ, ғ, ұ (і alone is in бір, бұл-type and most front-vowel words), a short one may not
    /// ("жас және ересек", with ә but none of them). Four words proved too few on a Kazakh sentence of six.
    /// </summary>
    private const int MinWordsForAbsenceEvidence = 8;

    private const string KazakhOnlyLetters = "ғқұі";

    /// <returns>ky, tt or uz when the letters say so, otherwise null.</returns>
    public static string? Detect(IReadOnlyList<string> words)
    {
        var letters = new HashSet<char>(words.SelectMany(word => word));
        if (letters.Contains('җ')) return LanguageCodes.Tatar;
        if (letters.Contains('ҳ') || (letters.Contains('ў') && (letters.Contains('қ') || letters.Contains('ғ')))) return LanguageCodes.Uzbek;
        if (words.Count < MinWordsForAbsenceEvidence || KazakhOnlyLetters.Any(letters.Contains)) return null;
        if (letters.Contains('ә')) return LanguageCodes.Tatar;
        // Mongolian has ө and ү too, but not ң.
        if (letters.Contains('ң') && (letters.Contains('ө') || letters.Contains('ү'))) return LanguageCodes.Kyrgyz;
        return null;
    }
}
