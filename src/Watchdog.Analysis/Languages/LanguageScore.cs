namespace Watchdog.Analysis.Languages;

/// <summary>One candidate language of a text and how likely it is (0–1; the candidates of one text sum to 1).</summary>
public sealed record LanguageScore(string Language, double Confidence);
