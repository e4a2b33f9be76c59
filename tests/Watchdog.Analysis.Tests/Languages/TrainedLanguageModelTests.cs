using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Languages.Models;
using Watchdog.Analysis.Languages.Training;

namespace Watchdog.Analysis.Tests.Languages;

public class TrainedLanguageModelTests
{
    // Two made-up languages with distinct word endings, so the expected answers follow from the training text alone.
    private static readonly TrainedLanguageModel Toy = TrainedLanguageModel.Train(
    [
        new TrainingSentence("xa", "bolata moraka selata pinata"),
        new TrainingSentence("xa", "kurata dolata mirata"),
        new TrainingSentence("xb", "boliki moriki seliki piniki"),
        new TrainingSentence("xb", "kuriki doliki miriki"),
    ]);

    private static string Best(TrainedLanguageModel model, string text)
    {
        var scores = model.LogLikelihoods(TrainedLanguageModel.ModelWords(text));
        return model.Languages[Array.IndexOf(scores, scores.Max())];
    }

    [Fact]
    public void Prefers_the_language_whose_training_text_has_the_word()
    {
        Assert.Equal("xa", Best(Toy, "moraka"));
        Assert.Equal("xb", Best(Toy, "moriki"));
    }

    [Fact]
    public void Judges_an_unseen_word_by_its_letters_and_ending()
    {
        Assert.Equal("xa", Best(Toy, "tanata"));
        Assert.Equal("xb", Best(Toy, "taniki"));
    }

    [Fact]
    public void Scores_every_language_it_was_trained_on()
    {
        Assert.Equal(["xa", "xb"], Toy.Languages);
        Assert.All(Toy.LogLikelihoods(["zzz"]), score => Assert.True(double.IsFinite(score) && score < 0));
    }

    [Fact]
    public void Gives_no_evidence_for_a_text_without_words()
    {
        Assert.All(Toy.LogLikelihoods([]), score => Assert.Equal(0, score));
    }

    [Fact]
    public void Shipped_model_is_trained_on_every_statistical_language()
    {
        Assert.Equal(LanguageCodes.LinguaLanguages.Keys.Order(StringComparer.Ordinal), TrainedLanguageModel.Shipped.Languages);
        var perLanguage = TrainingSentences.All.GroupBy(sentence => sentence.Language).ToDictionary(group => group.Key, group => group.Count());
        Assert.All(LanguageCodes.LinguaLanguages.Keys, language => Assert.True(perLanguage[language] >= 100, $"{language}: {perLanguage.GetValueOrDefault(language)} sentences"));
    }

    [Fact]
    public void A_character_outside_the_training_alphabet_favours_no_language()
    {
        var plain = Toy.LogLikelihoods(["bolata"]);
        var withForeignLetter = Toy.LogLikelihoods(["bolata漢"]);
        Assert.Equal(plain[0] - plain[1] > 0, withForeignLetter[0] - withForeignLetter[1] > 0);
    }
}
