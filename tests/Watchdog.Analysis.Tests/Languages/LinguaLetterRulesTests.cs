using Lingua;
using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Languages.Evaluation;
using Watchdog.Analysis.Languages.ShortTexts;
using Watchdog.Testing;
using LanguageDetector = Watchdog.Analysis.Languages.LanguageDetector;

namespace Watchdog.Analysis.Tests.Languages;

/// <summary>
/// <see cref="LinguaLetterRules"/> replaces Lingua's own letter rules (called by reflection, as <see cref="LinguaRules"/>
/// still can) to stop their per-word allocation: it must decide exactly what they decide, languages in the same order,
/// for the detector's languages and for all of Lingua's (other scripts, logograms, the Chinese–Japanese rule).
/// </summary>
public class LinguaLetterRulesTests
{
    public static TheoryData<string> Detectors => ["detector's languages", "all of Lingua's languages"];

    [Theory]
    [MemberData(nameof(Detectors))]
    public void Decides_as_Lingua_s_own_rules_on_every_langid_text_and_mixed_scripts(string detectorName)
    {
        var detector = detectorName == "detector's languages"
            ? LanguageDetector.BuildLinguaTrigrams(LanguageCodes.LinguaLanguages.Values)
            : LanguageDetectorBuilder.FromAllLanguages().WithLowAccuracyMode().Build();
        var lingua = new LinguaRules(detector);
        var rules = new LinguaLetterRules(detector);
        var texts = Texts();
        Assert.True(texts.Count > 19_000, $"{texts.Count} texts");

        foreach (var text in texts)
        {
            var cleaned = lingua.CleanUp(text);
            var words = lingua.SplitIntoWords(cleaned);
            Assert.Equal(words, Words(cleaned));
            Assert.True(lingua.LanguageByRules(words) == rules.LanguageByRules(cleaned), text);
            // In the set's own order: Lingua's sums run in it (a set filled without removals keeps it).
            Assert.Equal(lingua.LanguagesByRules(words).ToList(), rules.LanguagesByRules(cleaned));
        }
    }

    [Fact]
    public void Tells_a_language_by_its_own_letters_and_narrows_to_the_languages_of_special_letters()
    {
        var detector = LanguageDetector.BuildLinguaTrigrams(LanguageCodes.LinguaLanguages.Values);
        var rules = new LinguaLetterRules(detector);

        Assert.Equal(Language.Kazakh, rules.LanguageByRules("қазақстан ұлттық банкі"));
        Assert.Equal(Language.Unknown, rules.LanguageByRules("банк"));
        var latin = rules.LanguagesByRules("the bank");
        Assert.Contains(Language.English, latin);
        Assert.DoesNotContain(Language.Russian, latin);
        Assert.Equal([Language.Spanish], rules.LanguagesByRules("señor mañana"));
    }

    private static List<string> Words(string cleaned)
    {
        var words = new List<string>();
        foreach (var word in new LinguaWords(cleaned, LinguaScripts.Shared)) words.Add(word.ToString());
        return words;
    }

    /// <summary>Every langid text on this machine; pairs of them in two languages (often two scripts); crafted mixtures.</summary>
    private static List<string> Texts()
    {
        var items = LabelledTextFolder.Load(TestPaths.SharedDataPath("langid"));
        var texts = items.Select(item => item.Text).ToList();
        var byLanguage = items.Where(item => item.Kind != "sentences").GroupBy(item => item.Language).Select(group => group.Take(30).ToList()).ToList();
        for (var i = 0; i < byLanguage.Count; i++)
        {
            var other = byLanguage[(i + 1) % byLanguage.Count];
            texts.AddRange(byLanguage[i].Zip(other, (first, second) => $"{first.Text} {second.Text}"));
        }
        texts.AddRange([
            "", " ", "123 !", "x", "abc где", "abc где ж", "где abc", "Алматы Almaty", "ёж щука ъ", "іі ї є", "әңғ ұү һ",
            "señor mañana ñ", "ĞİŞ çö", "Ђорђе љ њ", "日本 text", "東京タワー に 行く", "中文 和 日本語 ひらがな カタカナ", "漢字漢字 かな",
            "αβγ δεζ", "مرحبا بالعالم", "שלום עולם", "नमस्ते दुनिया", "안녕하세요 세계", "สวัสดี ครับ", "ሰላም", "გამარჯობა", "բարեւ",
            "😀 привет 😀", "𠀀𠀁 中", "a1b2 c3", "mixedкириллица wordsсмесь", "ııı iii", "ǆ ǅ", "ß straße", "œuvre cœur",
        ]);
        return texts;
    }
}
