namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>One sentence of a labelled set: its tokens and their IOB2 tags (types other than PER, ORG, LOC read as O).</summary>
public sealed record TaggedSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags);
