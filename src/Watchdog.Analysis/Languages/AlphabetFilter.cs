namespace Watchdog.Analysis.Languages;

/// <summary>
/// Rules out languages whose alphabet cannot spell the text: a word with щ is not Belarusian, Serbian
/// or Macedonian; a word with ў is not Russian. This is where single words gain most, since one word
/// gives a statistical model little to go on but often has one telling letter.
/// </summary>
internal static class AlphabetFilter
{
    /// <summary>
    /// A language stays a candidate while its share of misspelt words is at most this much above the best
    /// language's share: a quoted foreign name or loanword in a sentence must not rule out the sentence's
    /// own language, but a single word (share 0 or 1) is judged strictly.
    /// </summary>
    private const double MisfitShareTolerance = 0.25;

    /// <returns>The languages of <paramref name="candidates"/> still possible; all of them when no word has letters.</returns>
    public static IReadOnlyList<string> Allowed(IReadOnlyList<string> words, IReadOnlyList<string> candidates)
    {
        // Each word's distinct letters, once: the same word is checked against every candidate.
        var letterSets = words.Select(word => word.Where(char.IsLetter).ToHashSet()).Where(letters => letters.Count > 0).ToList();
        if (letterSets.Count == 0) return candidates;
        var shares = candidates.ToDictionary(language => language, language => MisfitShare(letterSets, language));
        var best = shares.Values.Min();
        return [.. candidates.Where(language => shares[language] <= best + MisfitShareTolerance)];
    }

    private static double MisfitShare(List<HashSet<char>> words, string language) =>
        (double)words.Count(letters => !Alphabets.CanSpell(language, letters)) / words.Count;
}
