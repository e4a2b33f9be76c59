namespace Watchdog.Analysis.Morphology.Names;

/// <summary>
/// Necessary conditions for <see cref="NameNormalizer"/>'s surname patterns, checked on the word's last letters without
/// a regex or an allocation. The matcher asks for the name key of every new word of every article, and almost none is a
/// surname; a word that passes still goes through the regex, so keys are exactly what the patterns alone give.
/// </summary>
internal static class SurnameEndings
{
    /// <summary>The possessive pattern's suffixes (-ов, -ев, -ин, -ын) and the inflections it allows after them.</summary>
    private static readonly string[] PossessiveSuffixes = ["ов", "ев", "ин", "ын"];
    private static readonly string[] PossessiveInflections = ["", "а", "у", "ым", "ом", "е", "ой", "ою", "ых", "ыми", "ы"];

    /// <summary>The adjectival pattern's suffixes (-ск, -цк) and the inflections it requires after them.</summary>
    private static readonly string[] AdjectivalSuffixes = ["ск", "цк"];
    private static readonly string[] AdjectivalInflections = ["ий", "ой", "ого", "ому", "им", "ом", "ая", "ую", "ие", "их", "ими"];

    /// <summary>Both patterns want two word characters before the suffix.</summary>
    private const int MinBase = 2;

    /// <summary>Whether any surname suffix occurs in the word at all (a Kazakh case ending may follow it).</summary>
    public static bool MayHoldSurnameSuffix(string word)
    {
        for (var i = MinBase; i + 1 < word.Length; i++)
        {
            var pair = word.AsSpan(i, 2);
            if (IsOneOf(pair, PossessiveSuffixes) || IsOneOf(pair, AdjectivalSuffixes)) return true;
        }
        return false;
    }

    public static bool MayBePossessive(string word) => EndsWithSuffixThenInflection(word, PossessiveSuffixes, PossessiveInflections);

    public static bool MayBeAdjectival(string word) => EndsWithSuffixThenInflection(word, AdjectivalSuffixes, AdjectivalInflections);

    private static bool EndsWithSuffixThenInflection(string word, string[] suffixes, string[] inflections)
    {
        foreach (var inflection in inflections)
        {
            var suffixEnd = word.Length - inflection.Length;
            if (suffixEnd - 2 < MinBase || !word.AsSpan(suffixEnd).SequenceEqual(inflection)) continue;
            if (IsOneOf(word.AsSpan(suffixEnd - 2, 2), suffixes)) return true;
        }
        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> pair, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (pair.SequenceEqual(candidate)) return true;
        }
        return false;
    }
}
