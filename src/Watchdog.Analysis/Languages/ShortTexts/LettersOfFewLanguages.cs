using Lingua;

namespace Watchdog.Analysis.Languages.ShortTexts;

/// <summary>
/// Lingua's letters that only a few languages use (as "ә" or "ñ"), counted in the words of a text to narrow its
/// languages: each group of letters counts, for each of its languages, every word that holds each of its letters.
/// The counts are kept by the caller (on its stack), so a text costs no allocation until languages are returned.
/// </summary>
internal sealed class LettersOfFewLanguages
{
    private readonly ushort[] _letterIndex = new ushort[char.MaxValue + 1];
    private readonly Group[] _groups;

    /// <param name="languagesOfScript">Per script of an alphabet, the detector's languages written in it; null for other scripts.</param>
    public LettersOfFewLanguages(Language[]?[] languagesOfScript)
    {
        var letters = new List<char>();
        var groups = new List<Group>();
        foreach (var (groupLetters, groupLanguages) in LinguaInternals.LettersOfFewLanguages())
        {
            var indices = new int[groupLetters.Length];
            for (var i = 0; i < groupLetters.Length; i++)
            {
                var letter = groupLetters[i];
                if (_letterIndex[letter] == 0)
                {
                    letters.Add(letter);
                    _letterIndex[letter] = checked((ushort)letters.Count);
                }
                indices[i] = _letterIndex[letter] - 1;
            }
            // Lingua keeps the group's languages that are written in the text's alphabet, in the group's order.
            var byScript = languagesOfScript
                .Select(ofScript => ofScript is null ? null : groupLanguages.Where(ofScript.Contains).ToArray())
                .ToArray();
            groups.Add(new Group(indices, byScript));
        }
        _groups = [.. groups];
        LetterCount = letters.Count;
    }

    /// <summary>How many distinct letters the groups have: the size of the caller's counts.</summary>
    public int LetterCount { get; }

    /// <summary>Counts the word (numbered from 1) once for each of the letters it holds.</summary>
    public void CountWord(ReadOnlySpan<char> word, int wordNumber, Span<int> wordsWithLetter, Span<int> lastWordWithLetter)
    {
        foreach (var c in word)
        {
            var index = _letterIndex[c] - 1;
            if (index < 0 || lastWordWithLetter[index] == wordNumber) continue;
            lastWordWithLetter[index] = wordNumber;
            wordsWithLetter[index]++;
        }
    }

    /// <returns>
    /// The languages written in the script whose letters the counted words hold at least half as often as there are
    /// words, in the order Lingua first counts them; empty when none.
    /// </returns>
    public IReadOnlyList<Language> LanguagesInHalfTheWords(UnicodeScript script, ReadOnlySpan<int> wordsWithLetter, int words)
    {
        Span<int> counts = stackalloc int[LinguaLetterRules.LanguageCount];
        Span<Language> counted = stackalloc Language[LinguaLetterRules.LanguageCount];
        var distinct = 0;
        foreach (var group in _groups)
        {
            var hits = 0;
            foreach (var index in group.LetterIndices) hits += wordsWithLetter[index];
            if (hits == 0) continue;
            foreach (var language in group.LanguagesOfScript[(int)script]!)
            {
                if (counts[(int)language] == 0) counted[distinct++] = language;
                counts[(int)language] += hits;
            }
        }

        var halfTheWords = 0.5 * words;
        var kept = 0;
        foreach (var language in counted[..distinct])
        {
            if (counts[(int)language] >= halfTheWords) kept++;
        }
        if (kept == 0) return [];
        var languages = new Language[kept];
        kept = 0;
        foreach (var language in counted[..distinct])
        {
            if (counts[(int)language] >= halfTheWords) languages[kept++] = language;
        }
        return languages;
    }

    /// <param name="LetterIndices">The group's letters, as indices into the counts.</param>
    /// <param name="LanguagesOfScript">Per script, the group's languages written in it; null for scripts of no alphabet.</param>
    private sealed record Group(int[] LetterIndices, Language[]?[] LanguagesOfScript);
}
