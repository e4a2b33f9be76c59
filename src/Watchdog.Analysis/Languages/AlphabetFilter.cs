using System.Runtime.InteropServices;
using Watchdog.Analysis.Text;

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
        // Each distinct word with letters once, with how often it occurs: every word is checked against every candidate,
        // and an article's words repeat.
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words) CollectionsMarshal.GetValueRefOrAddDefault(occurrences, word, out _)++;
        var wordsToCheck = new List<(string Word, int Occurrences)>(occurrences.Count);
        var wordsWithLetters = 0;
        foreach (var (word, count) in occurrences)
        {
            if (!Letters.Any(word)) continue;
            wordsToCheck.Add((word, count));
            wordsWithLetters += count;
        }
        if (wordsWithLetters == 0) return candidates;
        var shares = candidates.ToDictionary(language => language, language => MisfitShare(wordsToCheck, wordsWithLetters, language));
        var best = shares.Values.Min();
        return [.. candidates.Where(language => shares[language] <= best + MisfitShareTolerance)];
    }

    /// <summary>The share of the words (counted as often as they occur) that the language cannot spell.</summary>
    private static double MisfitShare(List<(string Word, int Occurrences)> words, int wordsWithLetters, string language)
    {
        var misfits = 0;
        foreach (var (word, occurrences) in words)
            if (!Alphabets.CanSpell(language, word)) misfits += occurrences;
        return (double)misfits / wordsWithLetters;
    }
}
