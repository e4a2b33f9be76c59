namespace Watchdog.Analysis.Text;

/// <summary>A word of a text: its normalised form and where its surface form sits in the original string.</summary>
/// <param name="Text">Lower-cased, normalised form (see <see cref="WordNormalizer"/>).</param>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="Length">Number of original characters the word spans (soft hyphens and accents included).</param>
/// <param name="Capitalised">Whether the word was written with an upper-case first letter (Иванов, NATO): a name-like
/// word, which Russian keys differently (<see cref="Morphology.Normalizer.Stem(string, string, bool)"/>).</param>
public readonly record struct Token(string Text, int Start, int Length, bool Capitalised = false)
{
    public int End => Start + Length;
}
