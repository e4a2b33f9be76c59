using System.Collections;
using System.Reflection;
using Lingua;

namespace Watchdog.Analysis.Languages.ShortTexts;

/// <summary>
/// The tables behind Lingua's letter rules, read once through reflection from the package version Directory.Packages.props
/// pins (they are internal to Lingua): <see cref="LinguaLetterRules"/> applies the rules itself but reads what they say
/// (alphabets, each language's unique letters, the letters a few languages share) from Lingua, so that a Lingua that
/// corrects a table is followed; <see cref="CompactLingua"/> cleans texts with Lingua's own cleaning. <c>LinguaLetterRulesTests</c>
/// and <c>CompactLinguaTests</c> fail if a new Lingua renames or changes them.
/// </summary>
internal static class LinguaInternals
{
    private static readonly Assembly Lingua = typeof(Lingua.LanguageDetector).Assembly;

    /// <summary>Lingua's text cleaning: lower-cased, trimmed, without punctuation and digits, white space collapsed to one space.</summary>
    public static Func<string, string> CleanUpInputText() =>
        Method(typeof(Lingua.LanguageDetector), "CleanUpInputText").CreateDelegate<Func<string, string>>();

    /// <summary>Lingua's test whether a character is a logogram (a word of its own, as in Chinese).</summary>
    public static Func<char, bool> IsLogogram() =>
        Method(InternalType("Lingua.Internal.CharExtensions"), "IsLogogram").CreateDelegate<Func<char, bool>>();

    /// <summary>The script of every alphabet Lingua knows (its "no alphabet" has none and is left out).</summary>
    public static IReadOnlyList<UnicodeScript> AlphabetScripts()
    {
        var values = (Array)Field(InternalType("Lingua.Internal.AlphabetExtensions"), "Values").GetValue(null)!;
        return [.. values.Cast<object>().Select(ScriptOf).OfType<UnicodeScript>()];
    }

    /// <summary>The scripts of the alphabets the language is written in.</summary>
    public static IReadOnlyList<UnicodeScript> AlphabetScriptsOf(Language language)
    {
        var alphabets = (IEnumerable)Method(typeof(LanguageInfo), "Alphabets").Invoke(null, [language])!;
        return [.. alphabets.Cast<object>().Select(ScriptOf).OfType<UnicodeScript>()];
    }

    /// <summary>The detector's alphabets that only one of its languages is written in, in the detector's order.</summary>
    public static IReadOnlyList<(UnicodeScript Script, Language Language)> OneLanguageAlphabets(Lingua.LanguageDetector detector)
    {
        var alphabets = (IDictionary)Field(typeof(Lingua.LanguageDetector), "_oneLanguageAlphabets").GetValue(detector)!;
        var pairs = new List<(UnicodeScript, Language)>();
        foreach (DictionaryEntry entry in alphabets)
        {
            var script = ScriptOf(entry.Key) ?? throw Changed("an alphabet of one language without a script");
            pairs.Add((script, (Language)entry.Value!));
        }
        return pairs;
    }

    /// <summary>The detector's languages that have letters of their own, in the detector's order.</summary>
    public static IReadOnlyList<Language> LanguagesWithUniqueCharacters(Lingua.LanguageDetector detector) =>
        [.. (IEnumerable<Language>)Field(typeof(Lingua.LanguageDetector), "_languagesWithUniqueCharacters").GetValue(detector)!];

    /// <summary>Letters that only a few languages use, each group with those languages, in Lingua's order.</summary>
    public static IReadOnlyList<(string Letters, IReadOnlyList<Language> Languages)> LettersOfFewLanguages()
    {
        var mapping = (Dictionary<string, HashSet<Language>>)Field(typeof(Lingua.LanguageDetector), "CharsToLanguagesMapping").GetValue(null)!;
        return [.. mapping.Select(pair => (pair.Key, (IReadOnlyList<Language>)[.. pair.Value]))];
    }

    private static UnicodeScript? ScriptOf(object alphabet) =>
        (UnicodeScript?)Method(InternalType("Lingua.Internal.AlphabetExtensions"), "Script").Invoke(null, [alphabet]);

    private static Type InternalType(string name) => Lingua.GetType(name) ?? throw Changed($"no type {name}");

    private static MethodInfo Method(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public) ?? throw Changed($"no method {name}");

    private static FieldInfo Field(Type type, string name) =>
        type.GetField(name, BindingFlags.Static | BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) ?? throw Changed($"no field {name}");

    private static InvalidOperationException Changed(string what) =>
        new($"Lingua changed ({what}): LinguaLetterRules must follow the Lingua version in Directory.Packages.props");
}
