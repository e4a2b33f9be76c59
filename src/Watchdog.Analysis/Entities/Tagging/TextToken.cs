namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>A token of a text as the tagger reads it: a word, a number or one punctuation mark, and where it is.</summary>
public readonly record struct TextToken(string Text, int Start)
{
    public int End => Start + Text.Length;
}
