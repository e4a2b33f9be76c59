using System.Reflection;
using Lingua;
using Watchdog.Analysis.Languages.ShortTexts;

namespace Watchdog.Analysis.Tests.Languages;

/// <summary>
/// Lingua's own text cleaning, word split and letter rules, called through reflection on the package version
/// Directory.Packages.props pins (they are internal to Lingua): the reference <see cref="LinguaLetterRules"/>, which
/// applies the rules without their per-word allocation, is compared with. Constructing it fails if a new Lingua
/// renames them.
/// </summary>
internal sealed class LinguaRules
{
    private readonly Func<string, string> _cleanUp;
    private readonly Func<string, List<string>> _splitIntoWords;
    private readonly Func<List<string>, HashSet<Language>, Language> _languageByRules;
    private readonly Func<List<string>, HashSet<Language>, HashSet<Language>> _languagesByRules;
    private readonly HashSet<Language> _languages;

    /// <param name="detector">A Lingua detector of the languages to score: its rules filter by its languages.</param>
    public LinguaRules(Lingua.LanguageDetector detector)
    {
        var type = typeof(Lingua.LanguageDetector);
        _cleanUp = LinguaInternals.CleanUpInputText();
        _splitIntoWords = Static<Func<string, List<string>>>(type, "SplitTextIntoWords");
        _languageByRules = Bound<Func<List<string>, HashSet<Language>, Language>>(type, detector, "DetectLanguageWithRules");
        _languagesByRules = Bound<Func<List<string>, HashSet<Language>, HashSet<Language>>>(type, detector, "FilterLanguagesByRules");
        // In the detector's own order: the languages the rules keep come out in it, and Lingua's sums run in that order.
        _languages = [.. detector.Languages];
    }

    /// <summary>Lower-cased, trimmed, without punctuation and digits, white space collapsed to one space.</summary>
    public string CleanUp(string text) => _cleanUp(text);

    public List<string> SplitIntoWords(string cleanedText) => _splitIntoWords(cleanedText);

    /// <returns>The language the letters alone tell (<see cref="Language.Unknown"/> when they do not).</returns>
    public Language LanguageByRules(List<string> words) => _languageByRules(words, _languages);

    /// <returns>The languages whose alphabet and letters the words fit, in Lingua's order (its sums depend on that order).</returns>
    public HashSet<Language> LanguagesByRules(List<string> words) => _languagesByRules(words, _languages);

    private static T Static<T>(Type type, string name) where T : Delegate =>
        Method(type, name, BindingFlags.Static).CreateDelegate<T>();

    private static T Bound<T>(Type type, object target, string name) where T : Delegate =>
        Method(type, name, BindingFlags.Instance).CreateDelegate<T>(target);

    private static MethodInfo Method(Type type, string name, BindingFlags kind) =>
        type.GetMethod(name, kind | BindingFlags.NonPublic | BindingFlags.Public)
        ?? throw new InvalidOperationException($"Lingua has no method {name} any more: the reference rules must follow the Lingua version in Directory.Packages.props");
}
