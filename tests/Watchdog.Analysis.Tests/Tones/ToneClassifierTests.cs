using Watchdog.Analysis.Tones;
using Watchdog.Core.Articles;

namespace Watchdog.Analysis.Tests.Tones;

/// <summary>
/// The shipped models on clear cases written for this test (none is a line of the training sets: checked with grep when
/// written). Russian and English models learnt news sentences, the Kazakh one product reviews, so the cases follow
/// each set's domain; a Russian report of deaths with no one blamed is neutral there, by the set's definition.
/// </summary>
public class ToneClassifierTests
{
    [Theory]
    [InlineData("ru", "Врачи спасли жизнь ребёнка, родители благодарят их за прекрасную работу.", Tone.Positive)]
    [InlineData("ru", "Спортсмены сборной одержали блестящую победу и завоевали золотые медали.", Tone.Positive)]
    [InlineData("ru", "Министра обвинили в коррупции и хищении бюджетных средств.", Tone.Negative)]
    [InlineData("ru", "Правозащитники осудили жестокий разгон мирной акции.", Tone.Negative)]
    [InlineData("ru", "Заседание комиссии назначено на вторник.", Tone.Neutral)]
    [InlineData("ru", "Компания опубликовала квартальный отчёт.", Tone.Neutral)]
    [InlineData("kk", "Керемет қосымша, бәрі өте ыңғайлы, рахмет!", Tone.Positive)]
    [InlineData("kk", "Өте жақсы дүкен, сапасы тамаша, ұнады.", Tone.Positive)]
    [InlineData("kk", "Қосымша мүлдем жұмыс істемейді, ақшамды қайтарыңыз.", Tone.Negative)]
    [InlineData("kk", "Ең нашар қызмет, ешқашан қайта келмеймін.", Tone.Negative)]
    [InlineData("kk", "Жеткізу уақыты үш күн.", Tone.Neutral)]
    [InlineData("kk", "Бағасы орташа, сапасы да орташа.", Tone.Neutral)]
    [InlineData("en", "Volunteers were praised for their heroic efforts to rescue flood victims.", Tone.Positive)]
    [InlineData("en", "She called the agreement a great achievement for both nations.", Tone.Positive)]
    [InlineData("en", "The mayor was accused of fraud and lying to investigators.", Tone.Negative)]
    [InlineData("en", "Critics blasted the administration's cruel and disastrous policy.", Tone.Negative)]
    [InlineData("en", "The committee will meet on Tuesday to discuss the budget.", Tone.Neutral)]
    [InlineData("en", "The report was released on Monday.", Tone.Neutral)]
    public void A_clear_sentence_gets_its_tone(string language, string sentence, Tone expected) =>
        Assert.Equal(expected, ToneClassifier.Default.Classify(sentence, language));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("... !!! ---")]
    public void A_text_without_words_has_no_tone(string text) => Assert.Null(ToneClassifier.Default.Classify(text, "en"));

    [Fact]
    public void A_language_without_a_model_has_no_tone() => Assert.Null(ToneClassifier.Default.Classify("Das ist wunderbar.", "de"));

    [Fact]
    public void Every_language_ships_a_model_read_from_the_assembly()
    {
        foreach (var language in ToneClassifier.Languages)
        {
            var model = ToneClassifier.Default.ModelFor(language);
            Assert.NotNull(model);
            Assert.Equal(language, model.Language);
        }
    }
}
