namespace Watchdog.Analysis.Languages;

/// <summary>Detects the language of a text. Placeholder until language identification lands.</summary>
public sealed class LanguageDetector
{
    public static LanguageDetector Default { get; } = new();

    /// <returns>ISO 639-1 code, or "und" when unsure.</returns>
    public string Detect(string text) => "und";
}
