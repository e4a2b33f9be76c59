using Watchdog.Analysis.Languages.Evaluation;
using Watchdog.Analysis.Languages.Models;
using Watchdog.Analysis.Languages.Training;

namespace Watchdog.Analysis.Tests.Languages;

public class HeldOutEvaluationTests
{
    // "qqqq qqqq" is xa only because one xa training sentence says so; without that sentence its letters are yb's.
    private static readonly TrainingSentence[] Training =
    [
        new("xa", "qqqq qqqq"),
        new("xa", "abab abab"),
        new("xa", "baba abba"),
        new("yb", "qqqz zqqq"),
        new("yb", "qzqz zzqq"),
    ];

    private static Func<string, string> ModelOnly(TrainedLanguageModel model) => text =>
    {
        var scores = model.LogLikelihoods(TrainedLanguageModel.ModelWords(text));
        return model.Languages[Array.IndexOf(scores, scores.Max())];
    };

    [Fact]
    public void Labels_a_training_sentence_with_a_model_that_never_saw_it()
    {
        LabelledText[] items = [new("qqqq qqqq", "xa", "sentences")];
        Assert.Equal("xa", ModelOnly(TrainedLanguageModel.Train(Training))(items[0].Text));
        Assert.Equal(["yb"], HeldOutEvaluation.Answer(items, Training, ModelOnly));
    }

    [Fact]
    public void Labels_other_items_with_the_model_trained_on_everything()
    {
        // The word is not itself a training sentence, so the full model (which knows qqqq from xa) labels it.
        LabelledText[] items = [new("qqqq", "xa", "single-words")];
        Assert.Equal(["xa"], HeldOutEvaluation.Answer(items, Training, ModelOnly));
    }

    [Fact]
    public void Counts_the_items_that_are_training_sentences()
    {
        LabelledText[] items = [new("qqqq qqqq", "xa", "sentences"), new("qqqq", "xa", "single-words")];
        Assert.Equal(1, HeldOutEvaluation.TrainingItems(items, Training));
    }

    [Fact]
    public void Finds_short_items_whose_words_occur_in_order_in_the_training_text()
    {
        var overlap = new TrainingOverlap(Training);
        Assert.True(overlap.Contains("Baba abba"));
        Assert.False(overlap.Contains("abba baba"));
    }
}
