namespace Watchdog.Analysis.Entities;

/// <summary>A word of the text as the extractor sees it: where it is, how it is written, whether it opens a sentence.</summary>
/// <param name="Normal">Lower-cased and normalised (see <see cref="Text.WordNormalizer"/>), English possessive removed.</param>
/// <param name="IsInitial">One capital letter followed by a full stop (И. О. Фамилия, J. Smith).</param>
/// <param name="StartsSentence">First word of the text or of a sentence, where a capital says nothing about the word.</param>
/// <param name="GapBefore">The characters between the previous word and this one.</param>
internal sealed record Word(
    int Index, string Surface, string Normal, int Start, int End, bool Capitalised, bool AllCaps, bool IsLatin, bool IsInitial,
    bool StartsSentence, string GapBefore);
