using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Tests.Support;

namespace Watchdog.Analysis.Tests.Languages;

public class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = LanguageDetector.Default;

    public static TheoryData<string, string> ShortTexts => FixtureTable.Pairs("Languages/short-texts.tsv");

    [Theory]
    [MemberData(nameof(ShortTexts))]
    public void Detects_the_language_of_a_short_text(string text, string expected)
    {
        Assert.Equal(expected, Detector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345 — 678")]
    public void Says_und_for_text_without_letters(string text)
    {
        Assert.Equal(LanguageCodes.Undetermined, Detector.Detect(text));
        Assert.Empty(Detector.DetectWithConfidence(text));
    }

    [Theory]
    [InlineData("о")]
    [InlineData("а")]
    public void Says_und_for_a_one_letter_word_that_many_languages_share(string text)
    {
        // The trained model sharpens confidences; it must not make a guess out of a word this common.
        Assert.Equal(LanguageCodes.Undetermined, Detector.Detect(text));
    }

    [Theory]
    [InlineData("xyz")]
    [InlineData("ok")]
    [InlineData("и")]
    [InlineData("abc!")]
    public void Says_und_for_fewer_than_four_letters_that_several_languages_can_spell(string text)
    {
        // Lingua and the trained model still rank candidates ("xyz" came out German); too little to name one.
        Assert.NotEmpty(Detector.DetectWithConfidence(text));
        Assert.Equal(LanguageCodes.Undetermined, Detector.Detect(text));
    }

    [Theory]
    [InlineData("Ұ", "kk")]
    [InlineData("әң", "kk")]
    public void Names_the_language_of_a_short_text_whose_letters_only_one_alphabet_has(string text, string expected)
    {
        Assert.Equal(expected, Detector.Detect(text));
    }

    [Fact]
    public void Ranks_candidates_most_likely_first_with_confidences_summing_to_one()
    {
        var ranked = Detector.DetectWithConfidence("Президент подписал указ");
        Assert.Equal(LanguageCodes.Russian, ranked[0].Language);
        Assert.True(ranked.Zip(ranked.Skip(1)).All(pair => pair.First.Confidence >= pair.Second.Confidence));
        Assert.Equal(1.0, ranked.Sum(score => score.Confidence), precision: 6);
    }

    [Fact]
    public void Never_proposes_a_language_whose_alphabet_cannot_spell_a_single_word()
    {
        // щ and и rule out Belarusian, щ Serbian and Macedonian, ы Ukrainian and Bulgarian.
        var ranked = Detector.DetectWithConfidence("щипцы");
        Assert.DoesNotContain(ranked, score => score.Language is "be" or "sr" or "mk" or "uk" or "bg");
    }

    [Fact]
    public void Gives_the_same_answers_from_many_threads_as_from_one()
    {
        var texts = ShortTexts.Select(row => (string)row[0]).ToArray();
        var sequential = texts.Select(Detector.Detect).ToArray();
        var parallel = new string[texts.Length * 8];
        Parallel.For(0, parallel.Length, i => parallel[i] = Detector.Detect(texts[i % texts.Length]));
        Assert.Equal(sequential, parallel.Where((_, i) => i < texts.Length));
        Assert.All(Enumerable.Range(0, parallel.Length), i => Assert.Equal(sequential[i % texts.Length], parallel[i]));
    }

    [Fact]
    public void Examines_only_the_start_of_a_very_long_text()
    {
        var longText = string.Concat(Enumerable.Repeat("Президент подписал указ о повышении пенсий. ", 2000));
        Assert.Equal(LanguageCodes.Russian, Detector.Detect(longText));
    }
}
