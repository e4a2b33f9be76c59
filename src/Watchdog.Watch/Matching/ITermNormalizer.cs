namespace Watchdog.Watch.Matching;

/// <summary>
/// The seam between matching and morphology: maps a word (already lower-cased by the tokenizer) to the form
/// that is compared. Article words and query words go through the same instance, so they agree by construction.
/// </summary>
public interface ITermNormalizer
{
    /// <summary>The comparison form of an ordinary word in the given language (e.g. its stem).</summary>
    /// <param name="word">Lower case, or (a query word) with its first letter upper-case when it was written capitalised.</param>
    string Normalize(string word, string language);

    /// <summary>The comparison form of a document's word, lower-cased by the tokenizer, told whether it was written capitalised.</summary>
    string Normalize(string word, string language, bool capitalised) => Normalize(word, language);

    /// <summary>The comparison form of a word of a person's name: inflection removed, never stemmed into other words.</summary>
    string NormalizeName(string word, string language);

    /// <summary>
    /// Both comparison forms of a document's word (<see cref="Normalize(string, string, bool)"/>, <see cref="NormalizeName"/>)
    /// for a caller that remembers them itself, as the matcher does per word: an implementation with caches of its own
    /// may look the forms up there without adding them, so a new word is remembered once, not once per cache.
    /// </summary>
    (string WordKey, string NameKey) DocumentKeys(string word, string language, bool capitalised) =>
        (Normalize(word, language, capitalised), NormalizeName(word, language));
}
