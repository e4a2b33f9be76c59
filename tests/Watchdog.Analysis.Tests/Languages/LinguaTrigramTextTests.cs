using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Languages.Evaluation;
using Watchdog.Testing;

namespace Watchdog.Analysis.Tests.Languages;

/// <summary>
/// Texts of <see cref="LinguaTrigramText.TrigramOnlyChars"/> cleaned characters or more are scored by a trigram-only Lingua
/// so the other n-gram orders (most of Lingua's memory) need not be loaded: it must give exactly what the full Lingua
/// gives them, or the memory saving would have changed detected languages.
/// </summary>
public class LinguaTrigramTextTests
{
    private static readonly Lingua.LanguageDetector Full = LanguageDetector.BuildLingua(LanguageCodes.LinguaLanguages.Values);
    private static readonly Lingua.LanguageDetector Trigrams = LanguageDetector.BuildLinguaTrigrams(LanguageCodes.LinguaLanguages.Values);

    [Theory]
    [InlineData("  Hello,   world!  ", 11)]
    [InlineData("В 2024 году — 15 %.", 7)]
    [InlineData("a\t\n b", 3)]
    [InlineData("", 0)]
    public void Counts_what_Lingua_keeps_of_a_text(string text, int expected)
    {
        Assert.Equal(expected, LinguaTrigramText.CleanedLength(text));
    }

    [Fact]
    public void Long_texts_get_the_same_confidences_from_trigrams_alone_as_from_every_order()
    {
        var sentences = LabelledTextFolder.Load(TestPaths.SharedDataPath("langid"))
            .Where(item => item.Kind == "sentences")
            .GroupBy(item => item.Language)
            .SelectMany(language => language.Select(item => item.Text).Chunk(3).Take(40))
            .ToList();
        // Joined sentences (mostly 130–400 characters), and the same with digits and punctuation around, which Lingua drops before it counts.
        var texts = sentences.Select(group => string.Join(' ', group))
            .Concat(sentences.Select(group => $"— {string.Join(" 2024, 15 %; «", group)} (12.05.2024)"))
            .Where(text => LinguaTrigramText.CleanedLength(text) >= LinguaTrigramText.TrigramOnlyChars)
            .ToList();
        Assert.True(texts.Count > 500, $"{texts.Count} texts");

        foreach (var text in texts)
        {
            var full = Full.ComputeLanguageConfidenceValues(text);
            var trigrams = Trigrams.ComputeLanguageConfidenceValues(text);
            Assert.Equal(full.ToDictionary(pair => pair.Key, pair => pair.Value), trigrams.ToDictionary(pair => pair.Key, pair => pair.Value));
        }
    }

    [Fact]
    public void A_short_text_still_uses_every_order()
    {
        // The premise of the test above, seen from the other side: below 120 characters the full Lingua differs.
        const string text = "Кеше Алматыда жаңа саябақ ашылды.";
        Assert.NotEqual(
            Full.ComputeLanguageConfidenceValues(text).ToDictionary(pair => pair.Key, pair => pair.Value),
            Trigrams.ComputeLanguageConfidenceValues(text).ToDictionary(pair => pair.Key, pair => pair.Value));
    }
}
