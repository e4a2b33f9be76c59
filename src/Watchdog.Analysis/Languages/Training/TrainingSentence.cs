namespace Watchdog.Analysis.Languages.Training;

/// <summary>One sentence of training text and the language it is written in.</summary>
public sealed record TrainingSentence(string Language, string Text);
