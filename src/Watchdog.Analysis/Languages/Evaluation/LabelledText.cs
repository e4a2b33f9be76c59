namespace Watchdog.Analysis.Languages.Evaluation;

/// <summary>A test item: a text, the language it is in, and what kind of item it is (sentences, single-words, word-pairs).</summary>
public sealed record LabelledText(string Text, string Language, string Kind);
