using Watchdog.Analysis.Tones;
using Watchdog.Core.Articles;

namespace Watchdog.Analysis.Tests.Tones;

public class ArticleToneTests
{
    [Theory]
    [InlineData(5, 1, 14, Tone.Positive)]   // 25 % positive, 5 % negative
    [InlineData(1, 6, 13, Tone.Negative)]
    [InlineData(1, 0, 19, Tone.Neutral)]    // one positive line in twenty is not the article's tone
    [InlineData(6, 5, 9, Tone.Neutral)]     // mixed: neither side leads by the margin
    [InlineData(0, 0, 3, Tone.Neutral)]
    public void An_article_takes_a_tone_only_when_its_sentences_lean_clearly_one_way(int positive, int negative, int neutral, Tone expected) =>
        Assert.Equal(expected, ArticleTone.Decide(new SentenceTones(positive, negative, neutral)));

    [Fact]
    public void An_article_without_classified_sentences_has_no_tone() => Assert.Null(ArticleTone.Decide(new SentenceTones(0, 0, 0)));

    [Fact]
    public void A_clearly_negative_english_article_is_negative()
    {
        const string text = "Critics blasted the administration's cruel and disastrous policy. The mayor was accused of fraud and lying to investigators. "
            + "Protesters condemned the brutal crackdown and demanded justice. The report was released on Monday.";

        Assert.Equal(Tone.Negative, ArticleTone.Of("Outrage over a corrupt deal", text, "en", ToneClassifier.Default));
    }

    [Fact]
    public void An_article_in_a_language_without_a_model_is_untagged() =>
        Assert.Null(ArticleTone.Of("Titel", "Das ist ein Text.", "de", ToneClassifier.Default));

    [Fact]
    public void Sentences_are_cut_at_terminal_marks_before_a_capital_and_at_line_breaks()
    {
        var sentences = SentenceSplitter.Split("Первое предложение. Второе! Третье?\nЧетвёртое без точки\n\nПятое… «Шестое».").ToList();

        Assert.Equal(["Первое предложение.", "Второе!", "Третье?", "Четвёртое без точки", "Пятое…", "«Шестое»."], sentences);
    }

    [Fact]
    public void A_decimal_or_a_lower_case_continuation_does_not_end_a_sentence() =>
        Assert.Single(SentenceSplitter.Split("Inflation was 8.5 percent, e.g. in food prices."));
}
