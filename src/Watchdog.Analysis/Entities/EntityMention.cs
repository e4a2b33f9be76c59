namespace Watchdog.Analysis.Entities;

/// <summary>One mention of a named entity in a text.</summary>
/// <param name="Key">What mentions of one entity share, inflection folded (Токаев, Токаеву, Тоқаевтың → токаев); for counting, not display.</param>
/// <param name="Surface">The name as written here, without titles, legal forms or quotes.</param>
/// <param name="Start">Offset of <paramref name="Surface"/> in the text.</param>
public sealed record EntityMention(EntityKind Kind, string Key, string Surface, int Start, int Length)
{
    public int End => Start + Length;
}
